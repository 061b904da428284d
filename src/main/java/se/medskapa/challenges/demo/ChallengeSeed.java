package se.medskapa.challenges.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.intake.IntakeRequest;
import se.medskapa.challenges.ChallengeAdministration;
import se.medskapa.challenges.ChallengeDraft;
import se.medskapa.challenges.ChallengeEvaluations;
import se.medskapa.challenges.ChallengeSolutions;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.participation.Comments;
import se.medskapa.participation.Participant;
import se.medskapa.participation.Supports;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.DemoDataCondition;
import se.medskapa.shared.DemoSeed;
import se.medskapa.shared.WorkingDays;

/**
 * Two challenges per demo municipality, played through the use cases as its demo unit
 * lead and idea coach: one open for solutions, with solutions, support and comments (a
 * staff reply marked as the official answer), and one being evaluated, scored by two
 * staff members. Loaded once, into a demo municipality without challenges.
 */
@Component
@Conditional(DemoDataCondition.class)
class ChallengeSeed implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(ChallengeSeed.class);

	private final Municipalities municipalities;

	private final ChallengeAdministration administration;

	private final ChallengeSolutions solutions;

	private final ChallengeEvaluations evaluations;

	private final Comments comments;

	private final Supports supports;

	private final StaffUserDetailsService users;

	private final StaffDirectory directory;

	private final Residents residents;

	private final JdbcClient jdbc;

	private final Clock clock;

	ChallengeSeed(Municipalities municipalities, ChallengeAdministration administration, ChallengeSolutions solutions,
			ChallengeEvaluations evaluations, Comments comments, Supports supports, StaffUserDetailsService users,
			StaffDirectory directory, Residents residents, JdbcClient jdbc, Clock clock) {
		this.municipalities = municipalities;
		this.administration = administration;
		this.solutions = solutions;
		this.evaluations = evaluations;
		this.comments = comments;
		this.supports = supports;
		this.users = users;
		this.directory = directory;
		this.residents = residents;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public void seed(long municipalityId, String slug) {
		if (jdbc.sql("select exists (select 1 from challenge where municipality_id = ?)")
			.param(municipalityId)
			.query(Boolean.class)
			.single()) {
			return;
		}
		Municipality municipality = municipalities.requireBySlug(slug);
		StaffPrincipal lead = staff("enhetschef", slug);
		StaffPrincipal coach = staff("idecoach", slug);
		List<Long> units = directory.unitIdsOf(municipalityId, lead.id());
		if (units.isEmpty()) {
			return;
		}
		long unitId = units.get(0);
		LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDays.SWEDEN);

		long open = administration.create(lead, municipalityId, new ChallengeDraft(unitId,
				"Hur får fler unga att hitta till fritidsgårdarna?",
				"Besöken på kommunens fritidsgårdar har minskat med en tredjedel på fem år, mest bland tjejer 13–16 år. "
						+ "Vi vet inte om det är öppettiderna, lokalerna, aktiviteterna eller något helt annat.",
				"Unga 13–19 år, deras föräldrar och personalen på fritidsgårdarna.",
				"Fler unga kommer tillbaka en andra gång\nFungerar för tjejer 13–16 år\nGår att testa i liten skala under en termin",
				"En fritidsgård att testa på under vårterminen, två fritidsledares arbetstid och 50 000 kronor.",
				today.plusDays(45), "Enhetschefen", null));
		administration.publish(lead, municipalityId, open);
		long first = solutions
			.submit(municipality, open, new IntakeRequest("Låt unga själva styra en kväll i veckan",
					"En kväll i veckan planerar ett ungdomsråd aktiviteterna och öppettiderna. Personalen stöttar.",
					null, null, true, "sv", null, null, null, null))
			.caseId();
		ResidentPrincipal resident = (ResidentPrincipal) residents
			.loadUserByUsername("demo-invanare@" + slug + ".medskapa.example");
		solutions.submit(municipality, open, new IntakeRequest("Gemensamma läxkvällar med bibliotekets personal",
				"Många vill göra läxorna tillsammans. Biblioteket kan ha läxhjälp på fritidsgården två kvällar.", null,
				null, true, "sv", resident.id(), null, null, null));
		Participant residentParticipant = Participant.resident(resident);
		supports.support(municipalityId, ItemKind.CHALLENGE, open, residentParticipant);
		long question = comments.post(municipalityId, ItemKind.CHALLENGE, open, null, residentParticipant,
				"Räknas fritidsgårdarna i kransorterna också? Mer om dem finns på https://example.se/fritid.");
		long answer = comments.post(municipalityId, ItemKind.CHALLENGE, open, question, Participant.staff(lead),
				"Ja, alla kommunens fritidsgårdar ingår. Piloten görs på en av dem.");
		comments.markOfficial(municipalityId, answer, Participant.staff(lead), true);

		long evaluating = administration.create(lead, municipalityId, new ChallengeDraft(unitId,
				"Tryggare väg till skolan på vintern",
				"Gång- och cykelvägarna till skolorna är mörka och hala på vintermorgnarna. Föräldrar skjutsar allt oftare.",
				"Elever, föräldrar och de som bor längs skolvägarna.",
				"Fler barn går eller cyklar till skolan\nKostar lite att underhålla",
				"En skolväg att testa på och tid från gatuenheten.", today.plusDays(20), "Enhetschefen", null));
		administration.publish(lead, municipalityId, evaluating);
		solutions.submit(municipality, evaluating,
				new IntakeRequest("Reflexvästar och en vandrande skolbuss",
						"Vuxna turas om att gå med barnen längs en fast rutt.", null, null, true, "sv", null, null,
						null, null));
		administration.startEvaluation(lead, municipalityId, evaluating);
		long solution = jdbc.sql("select id from challenge_solution where municipality_id = ? and challenge_id = ?")
			.params(municipalityId, evaluating)
			.query(Long.class)
			.single();
		for (Map.Entry<StaffPrincipal, int[]> scores : Map.of(lead, new int[] { 4, 5 }, coach, new int[] { 3, 5 })
			.entrySet()) {
			for (int criterion = 1; criterion <= 2; criterion++) {
				evaluations.score(scores.getKey(), municipalityId, solution, criterion,
						scores.getValue()[criterion - 1], criterion == 1 ? "Bygger på det som redan finns." : null);
			}
		}
		log.info("Demo challenges loaded for {}: 2 (first solution case {})", slug, first);
	}

	private StaffPrincipal staff(String account, String slug) {
		StaffPrincipal principal = (StaffPrincipal) users
			.loadUserByUsername(account + "@" + slug + ".medskapa.example");
		return users.reload(principal.id()).orElseThrow();
	}

}
