package se.medskapa.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.intake.IntakeReceipt;
import se.medskapa.cases.intake.IntakeRequest;
import se.medskapa.challenges.ChallengeAdministration;
import se.medskapa.challenges.ChallengeDraft;
import se.medskapa.challenges.ChallengeSolutions;
import se.medskapa.challenges.Outcome;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The challenge pages and the participation section pass axe (WCAG 2.1 A and AA) at
 * laptop width and at 320 px: the staff list, the form empty, refused and for an edit,
 * the staff page of a draft and of a challenge being evaluated (scores side by side, the
 * decision form); the public list, the challenge page open and decided, the solution form
 * empty and refused. Someone not signed in who wants to comment signs in by the link in
 * the mail and comes back to the same challenge page, then comments, replies and
 * supports.
 */
class ChallengePagesAccessibilityTests extends BrowserTest {

	@Autowired
	Organisation organisation;

	@Autowired
	ChallengeAdministration administration;

	@Autowired
	ChallengeSolutions solutions;

	@Autowired
	CaseHandling handling;

	TestMunicipality town;

	TestStaff lead;

	TestStaff coach;

	@BeforeEach
	void registerMunicipalityAndStaff() {
		town = TestMunicipality.register(municipalities, organisation);
		lead = newStaff(town.municipality(), "Leo Enhetschef", List.of(town.streets().id()), StaffRole.UNIT_LEAD);
		coach = newStaff(town.municipality(), "Ida Idécoach", List.of(), StaffRole.IDEA_COACH);
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheStaffPagesFromDraftToEvaluation() {
		signInAsStaff(lead);
		open(town.path("/staff/challenges"));
		assertThat(find("h1").getText())
			.isEqualTo(message("staffHome.challenges", "sv") + " – " + town.municipality().name());
		assertAccessibleWideAndNarrow();

		waitForNewPage(() -> find("main a.button").click());
		assertOnPage(town.path("/staff/challenges/new"));
		assertAccessibleWideAndNarrow();
		type("#contactName", " ");
		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		browser.findElement(By.cssSelector("#unitId option[value='" + town.streets().id() + "']")).click();
		type("#title", "Tryggare skolväg på vintern");
		type("#problem", "Gång- och cykelvägarna till skolorna är mörka och hala på morgnarna.");
		type("#criteria", "Fler barn går eller cyklar\nKostar lite att underhålla");
		type("#contactName", "Leo Enhetschef");
		((JavascriptExecutor) browser).executeScript("document.getElementById('deadline').value = arguments[0]",
				LocalDate.now().plusDays(30).toString());
		submitForm();
		assertThat(currentPath()).startsWith(town.path("/staff/challenges/"));
		String staffPage = currentPath();
		long id = Long.parseLong(staffPage.replaceAll(".*/", ""));
		assertAccessibleWideAndNarrow();

		submitForm("form[action$='/publish']");
		assertThat(find(".flash").getText()).isEqualTo(message("flash.challenge.published", "sv"));
		waitForNewPage(() -> find("a[href$='/edit']").click());
		assertOnPage(staffPage + "/edit");
		assertAccessibleWideAndNarrow();

		solution(id, "Vandrande skolbuss");
		solution(id, "Reflexer till alla elever");
		open(staffPage);
		submitForm("form[action$='/evaluate']");
		assertThat(find(".flash").getText()).isEqualTo(message("flash.challenge.evaluating", "sv"));
		find("details.actions-panel summary").click();
		browser.findElement(By.cssSelector("details.actions-panel select option[value='4']")).click();
		type("details.actions-panel textarea", "Bygger på det som finns.");
		submitForm("details.actions-panel form[action$='/scores']");
		assertThat(find("table.evaluation").getText()).contains("Leo Enhetschef: 4")
			.contains("Bygger på det som finns.");
		assertAccessibleWideAndNarrow();

		openInEnglish(staffPage);
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnThePublicPagesAndBringSomeoneWhoSignsInToCommentBack() {
		long id = publishedChallenge("Fler unga på fritidsgårdarna");
		IntakeReceipt published = solution(id, "Ungdomsråd som styr en kväll i veckan");
		handling.publishCase(principal(coach), town.id(), published.reference(),
				new PublicVersion("Ungdomsråd som styr en kväll i veckan", "Unga planerar själva."));
		long decided = publishedChallenge("Mindre matsvinn i skolorna");
		solution(decided, "Smakskedar");
		administration.startEvaluation(principal(lead), town.id(), decided);
		List<Long> decidedSolutions = jdbc.sql("select id from challenge_solution where challenge_id = ?")
			.param(decided)
			.query(Long.class)
			.list();
		administration.decide(principal(lead), town.id(), decided, "Smakskedarna provas i två skolor.",
				Map.of(decidedSolutions.get(0), Outcome.FORWARD), Map.of());

		open(town.path("/challenges"));
		assertHeading("publicChallenges.heading", "sv");
		assertAccessibleWideAndNarrow();
		open(town.path("/challenges/" + decided));
		assertThat(find("#decision-heading").getText()).isEqualTo(message("publicChallenge.decision", "sv"));
		assertAccessibleWideAndNarrow();

		String page = town.path("/challenges/" + id);
		open(page);
		assertThat(find("main").getText()).contains("Ungdomsråd som styr en kväll i veckan");
		assertAccessibleWideAndNarrow();

		waitForNewPage(() -> find("main a.button[href$='/solutions/new']").click());
		assertOnPage(page + "/solutions/new");
		assertAccessibleWideAndNarrow();
		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();
		openInEnglish(page + "/solutions/new");
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
		open(page + "?lang=sv");

		// Sign in to comment, and back to the same page.
		String email = "kommentar-" + UUID.randomUUID() + "@test.medskapa.example";
		TestMailServer.Mark before = TestMailServer.mark();
		waitForNewPage(() -> find("main a[href$='/sign-in']").click());
		assertOnPage("/login");
		type("#email", email);
		submitForm();
		openLinkInMail(email, before, "/login/ott");
		submitForm();
		assertOnPage(page);

		type("#comment-body", "Gäller det alla fritidsgårdar? Se https://example.se/fritid");
		submitForm("#comment-form");
		assertThat(find(".flash").getText()).isEqualTo(message("flash.participation.commented", "sv"));
		assertThat(find(".comments a[href='https://example.se/fritid']").getText())
			.isEqualTo("https://example.se/fritid");
		submitForm("#support form");
		assertThat(find(".support-count").getText()).isEqualTo("1 person stödjer detta");
		find(".comments details[id^='reply-'] summary").click();
		submitForm(".comments details[id^='reply-'] form");
		assertThat(find(".comments details[id^='reply-'][open] .error-message").getText())
			.contains(message("participation.error.textRequired", "sv"));
		assertThat(find(".comments details[id^='reply-'][open] textarea").getDomAttribute("aria-invalid"))
			.isEqualTo("true");
		assertAccessibleWideAndNarrow();
		openInEnglish(page);
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
	}

	private long publishedChallenge(String title) {
		StaffPrincipal unitLead = principal(lead);
		long id = administration.create(unitLead, town.id(),
				new ChallengeDraft(town.streets().id(), title, "Problemet, konkret beskrivet.", "Unga 13–19 år.",
						"Fler kommer tillbaka\nGår att testa i liten skala", "En pilot och 50 000 kronor.",
						LocalDate.now().plusDays(30), "Leo Enhetschef", "leo@example.se"));
		administration.publish(unitLead, town.id(), id);
		return id;
	}

	private IntakeReceipt solution(long challengeId, String title) {
		return solutions.submit(town.municipality(), challengeId,
				new IntakeRequest(title, "Så här löser vi det.", null, null, true, "sv", null, null, null, null));
	}

}
