package se.medskapa.browser;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Organisation;
import se.medskapa.participation.Comments;
import se.medskapa.participation.Moderation;
import se.medskapa.participation.Participant;
import se.medskapa.participation.ReportReason;
import se.medskapa.participation.ReportTarget;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestResidents;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Report three times, hidden, the coach restores: a comment reported twice is reported a
 * third time in the browser and shows "hidden pending review"; the coach's queue (with an
 * error, and after restoring) and the report form pass axe at 1280 and 320 px, in Swedish
 * and English; the comment is back and its author told.
 */
class ModerationPagesAccessibilityTests extends BrowserTest {

	@Autowired
	Organisation organisation;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Residents residents;

	@Autowired
	Comments comments;

	@Autowired
	Moderation moderation;

	@Test
	void shouldHideAfterThreeReportsAndLetTheCoachRestoreOnAnAccessibleQueue() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		TestStaff coach = newStaff(town.municipality(), "Ida Idécoach", List.of(), StaffRole.IDEA_COACH);
		SubmittedCase idea = intake.submit(town.municipality(), new CaseSubmission(CaseKind.IDEA, "Grillplats",
				"Vid sjön.", null, null, null, null, true, "sv", null, null, false));
		handling.publishCase(users.reload(coach.id()).orElseThrow(), town.id(), idea.reference(),
				new PublicVersion("Grillplats vid sjön", "En plats att grilla på."));
		String page = town.path("/cases/" + idea.reference());
		var author = TestResidents.create(residents);
		long comment = comments.post(town.id(), ItemKind.CASE, idea.id(), null, Participant.resident(author),
				"Bra idé, men grannen är en idiot");
		for (int i = 0; i < 2; i++) {
			moderation.report(town.id(), ReportTarget.COMMENT, comment,
					Participant.resident(TestResidents.create(residents)), ReportReason.OFFENSIVE, null);
		}

		signInAsResident("anmaler-" + UUID.randomUUID() + "@test.medskapa.example");
		open(page);
		find("#comment-" + comment + " details.report > summary").click();
		assertAccessibleWideAndNarrow();
		submitForm("#comment-" + comment + " details.report form");
		assertThat(find("#comment-" + comment + " .error-message").getText())
			.contains(message("participation.report.error.reason", "sv"));
		assertThat(find("#comment-" + comment + " details.report").getDomAttribute("open")).isNotNull();
		new Select(find("#report-reason-COMMENT-" + comment)).selectByValue("PERSONAL_DATA");
		type("#report-details-COMMENT-" + comment, "Pekar ut en granne");
		submitForm("#comment-" + comment + " details.report form");
		assertThat(find(".flash").getText()).isEqualTo(message("flash.participation.reported", "sv"));
		assertThat(find("#comment-" + comment + " .hidden-pending").getText())
			.isEqualTo(message("participation.hiddenPendingReview", "sv"));
		assertThat(find("main").getText()).doesNotContain("idiot");
		assertAccessibleWideAndNarrow();

		signOut();
		signInAsStaff(coach);
		open(town.path("/staff/moderation"));
		assertHeading("participation.moderation.heading", "sv");
		assertThat(find(".moderation-queue").getText()).contains("grannen är en idiot").contains("Pekar ut en granne");
		assertAccessibleWideAndNarrow();
		String restore = "form[id^='restore-']";
		submitForm(restore);
		assertThat(find(".error-summary").getText()).contains(message("participation.moderation.error.reason", "sv"));
		assertAccessibleWideAndNarrow();
		type(restore + " textarea", "Kritiken är saklig nog");
		TestMailServer.Mark mark = TestMailServer.mark();
		submitForm(restore);
		assertThat(find(".flash").getText()).isEqualTo(message("flash.participation.moderation.restored", "sv"));
		assertThat(browser.findElements(By.cssSelector(".moderation-item"))).isEmpty();
		open(town.path("/staff/moderation?reviewed=true"));
		assertThat(find(".moderation-log").getText()).contains("Kritiken är saklig nog").contains("Ida Idécoach");
		assertAccessibleWideAndNarrow();
		openInEnglish(town.path("/staff/moderation?reviewed=true"));
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
		assertThat(TestMailServer.body(TestMailServer.awaitOneMailTo(author.email(), mark)))
			.contains("Kritiken är saklig nog");

		signOut();
		open(page + "?fresh=" + UUID.randomUUID());
		assertThat(find("#comment-" + comment).getText()).contains("grannen är en idiot");
	}

	@Test
	void shouldSayACaseHiddenAfterReportsIsHiddenPendingReview() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		TestStaff coach = newStaff(town.municipality(), "Ola Idécoach", List.of(), StaffRole.IDEA_COACH);
		moderation.setThreshold(town.id(), Participant.staff(users.reload(coach.id()).orElseThrow()), 1);
		SubmittedCase idea = intake.submit(town.municipality(), new CaseSubmission(CaseKind.IDEA, "Reklam",
				"Köp billiga klockor.", null, null, null, null, true, "sv", null, null, false));
		handling.publishCase(users.reload(coach.id()).orElseThrow(), town.id(), idea.reference(),
				new PublicVersion("Billiga klockor", "Köp billiga klockor här."));
		String page = town.path("/cases/" + idea.reference());

		signInAsResident("anmaler-" + UUID.randomUUID() + "@test.medskapa.example");
		open(page);
		find("#report-item > summary").click();
		new Select(find("#report-reason-CASE-" + idea.id())).selectByValue("SPAM");
		assertAccessibleWideAndNarrow();
		submitForm("#report-item form");
		await().untilAsserted(() -> {
			open(page + "?after=0");
			assertHeading("publicCase.hidden.heading", "sv");
		});
		assertThat(find("main").getText()).doesNotContain("klockor");
		assertAccessibleWideAndNarrow();
		openInEnglish(page);
		assertHeading("publicCase.hidden.heading", "en");
		assertAccessibleWideAndNarrow();
	}

}
