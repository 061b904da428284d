package se.medskapa.participation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.participation.events.PetitionQualified;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.RecordedEvents;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestResidents;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * E-petitions: a municipality's threshold counted against a proposal's supports, the one
 * support that reaches it (however many arrive at once) qualifying it and sending it to
 * the named unit, withdrawal, expiry, and another municipality's staff and rule.
 */
@Tag("persistence")
class PetitionTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Residents residents;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	Supports supports;

	@Autowired
	Petitions petitions;

	@Autowired
	JdbcClient jdbc;

	TestMunicipality town;

	StaffPrincipal coach;

	StaffPrincipal admin;

	SubmittedCase proposal;

	@BeforeEach
	void publishAProposalInATownWithEPetitions() {
		town = TestMunicipality.register(municipalities, organisation);
		coach = users
			.reload(TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of()).id())
			.orElseThrow();
		admin = users
			.reload(TestStaff.create(directory, users, town.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of()).id())
			.orElseThrow();
		proposal = publish(CaseKind.PROPOSAL, "Bygg en skatepark");
	}

	@Test
	void shouldQualifyAProposalThatReachesTheThresholdAndSendItToTheNamedUnit() throws Exception {
		petitions.setRule(admin, town.id(), new PetitionRule(3, 60, town.library().id()));
		mvc.perform(get(casePath())).andExpect(content().string(containsString("Får förslaget 3 stöd inom 60 dagar")));

		support(TestResidents.create(residents));
		support(TestResidents.create(residents));
		mvc.perform(get(casePath())).andExpect(content().string(containsString("2 av 3 stöd som behövs senast")));
		support(TestResidents.create(residents));

		assertThat(qualifiedEvents()).hasSize(1);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					jdbc.sql("select unit_id from cases where id = ?").param(proposal.id()).query(Long.class).single())
				.isEqualTo(town.library().id()));
		assertThat(jdbc
			.sql("select count(*) from case_event where case_id = ? and type = 'PUBLIC_MESSAGE' "
					+ "and public_message like '%kvalificerat e-förslag%'")
			.param(proposal.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		mvc.perform(get(casePath()))
			.andExpect(content().string(containsString("Förslaget fick 3 stöd och kvalificerade sig")))
			.andExpect(content().string(containsString(town.library().name())));

		// More supports, and a withdrawn one, change nothing of the qualification.
		ResidentPrincipal late = TestResidents.create(residents);
		support(late);
		mvc.perform(post(withdrawPath()).with(TestResidents.signedIn(late)).with(csrf()));
		assertThat(qualifiedEvents()).hasSize(1);
	}

	@Test
	void shouldQualifyOnceWhenManySupportsArriveAtOnce() throws Exception {
		petitions.setRule(admin, town.id(), new PetitionRule(10, 60, town.library().id()));
		List<ResidentPrincipal> twenty = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			twenty.add(TestResidents.create(residents));
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			for (ResidentPrincipal resident : twenty) {
				Callable<Integer> support = () -> {
					start.await();
					return mvc.perform(post(supportPath()).with(TestResidents.signedIn(resident)).with(csrf()))
						.andReturn()
						.getResponse()
						.getStatus();
				};
				answers.add(pool.submit(support));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(supports.count(town.id(), ItemKind.CASE, proposal.id())).isEqualTo(20);
		assertThat(qualifiedEvents()).hasSize(1);
		assertThat(petitions.of(town.id(), ItemKind.CASE, proposal.id()).orElseThrow().qualified()).isTrue();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					jdbc.sql("select count(*) from case_event where case_id = ? and " + "type = 'PUBLIC_MESSAGE'")
						.param(proposal.id())
						.query(Integer.class)
						.single())
				.isEqualTo(1));
	}

	@Test
	void shouldLetAResidentWithdrawTheirSupport() throws Exception {
		ResidentPrincipal resident = TestResidents.create(residents);
		support(resident);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(supportCount()).isEqualTo(1));
		mvc.perform(post(withdrawPath()).with(TestResidents.signedIn(resident)).with(csrf()))
			.andExpect(redirectedUrl(casePath() + "#support"))
			.andExpect(flash().attribute("flash", "flash.participation.withdrawn"));
		mvc.perform(post(withdrawPath()).with(TestResidents.signedIn(resident)).with(csrf()))
			.andExpect(redirectedUrl(casePath() + "#support"));

		assertThat(supports.count(town.id(), ItemKind.CASE, proposal.id())).isZero();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(supportCount()).isZero());
		mvc.perform(get(casePath()).with(TestResidents.signedIn(resident)))
			.andExpect(content().string(not(containsString("Du stödjer detta."))))
			.andExpect(content().string(containsString("Ingen stödjer detta ännu")));
	}

	@Test
	void shouldMarkAPetitionThatRanOutOfTimeAsExpiredAndNotQualifyItLater() throws Exception {
		petitions.setRule(admin, town.id(), new PetitionRule(2, 30, null));
		support(TestResidents.create(residents));
		jdbc.sql("""
				update participation_petition set opened_at = now() - interval '40 days',
				       closes_at = now() - interval '10 days'
				where municipality_id = ? and item_id = ?""").params(town.id(), proposal.id()).update();
		jdbc.sql("update participation_support set supported_at = now() - interval '39 days' where item_id = ?")
			.param(proposal.id())
			.update();
		support(TestResidents.create(residents));

		assertThat(qualifiedEvents()).isEmpty();
		mvc.perform(get(casePath()))
			.andExpect(content().string(containsString("Tiden gick ut den")))
			.andExpect(content().string(containsString("med 1 av 2 stöd som behövdes")));
	}

	@Test
	void shouldMakeNoPetitionOfAnIdeaNorInAMunicipalityWithoutARule() throws Exception {
		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		petitions.setRule(admin, town.id(), new PetitionRule(1, 60, null));
		SubmittedCase idea = publish(CaseKind.IDEA, "Fler bänkar");
		mvc.perform(post(town.path("/participation/case/" + idea.id() + "/support"))
			.with(TestResidents.signedIn(TestResidents.create(residents)))
			.with(csrf()));
		assertThat(petitions.of(town.id(), ItemKind.CASE, idea.id())).isEmpty();
		assertThat(petitions.rule(other.id())).isEmpty();
		assertThat(qualifiedEvents()).isEmpty();
	}

	@Test
	void shouldLetOnlyTheMunicipalitysOwnAdminSetTheRule() {
		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		StaffPrincipal otherAdmin = users
			.reload(TestStaff.create(directory, users, other.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of())
				.id())
			.orElseThrow();
		assertThatThrownBy(() -> petitions.setRule(otherAdmin, town.id(), new PetitionRule(5, 60, null)))
			.isInstanceOf(ParticipationRefusedException.class);
		assertThatThrownBy(() -> petitions.setRule(coach, town.id(), new PetitionRule(5, 60, null)))
			.isInstanceOf(ParticipationRefusedException.class);
		assertThatThrownBy(() -> petitions.setRule(admin, town.id(), new PetitionRule(5, 60, other.library().id())))
			.isInstanceOf(RuntimeException.class);
		assertThatThrownBy(() -> petitions.setRule(admin, town.id(), new PetitionRule(0, 60, null)))
			.isInstanceOf(ParticipationRefusedException.class);
		assertThat(petitions.rule(town.id())).isEmpty();
	}

	private SubmittedCase publish(CaseKind kind, String title) {
		SubmittedCase submitted = intake.submit(town.municipality(),
				new CaseSubmission(kind, title, "Beskrivning.", null, null, null, null, true, "sv", null, null, false));
		handling.publishCase(coach, town.id(), submitted.reference(), new PublicVersion(title, "Beskrivning."));
		return submitted;
	}

	private void support(ResidentPrincipal resident) throws Exception {
		mvc.perform(post(supportPath()).with(TestResidents.signedIn(resident)).with(csrf()))
			.andExpect(redirectedUrl(casePath() + "#support"));
	}

	private List<PetitionQualified> qualifiedEvents() {
		return RecordedEvents.ofType(PetitionQualified.class)
			.stream()
			.filter(e -> e.municipalityId() == town.id() && e.itemId() == proposal.id())
			.toList();
	}

	private int supportCount() {
		return jdbc.sql("select support_count from cases where id = ?")
			.param(proposal.id())
			.query(Integer.class)
			.single();
	}

	private String casePath() {
		return town.path("/cases/" + proposal.reference());
	}

	private String supportPath() {
		return town.path("/participation/case/" + proposal.id() + "/support");
	}

	private String withdrawPath() {
		return town.path("/participation/case/" + proposal.id() + "/withdraw");
	}

}
