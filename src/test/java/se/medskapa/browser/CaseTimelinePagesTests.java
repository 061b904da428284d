package se.medskapa.browser;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffRole;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.HandlingSettings;
import se.medskapa.cases.HandlingSettings.Settings;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One story in one vocabulary (issue 14, UX finding 6): the staff case page, the
 * resident's tracking page and the public case page tell the same case's timeline in the
 * same words, with messages as a conversation (sender and role) and a status stepper on
 * top; the public page names the contact only where the municipality shows staff names;
 * after a hand-over every page says the reference, history and deadlines are kept. Each
 * page passes axe at 1280 and 320 px.
 */
class CaseTimelinePagesTests extends BrowserTest {

	private static final String ANSWER = "Vi planerar ny belysning längs ån till hösten.";

	private static final String REPLY = "Tack! Kan lamporna sitta tätare vid bron?";

	private static final String NOTE = "Budget finns i driftramen.";

	@Autowired
	Organisation organisation;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	HandlingSettings settings;

	@Test
	void shouldTellTheSameTimelineInTheSameWordsOnTheStaffTrackingAndPublicPages() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		TestStaff coach = newStaff(town.municipality(), "Ida Idécoach", List.of(), StaffRole.IDEA_COACH);
		TestStaff maria = newStaff(town.municipality(), "Maria Öberg", List.of(town.streets().id()), StaffRole.HANDLER);
		SubmittedCase submitted = intake.submit(town.municipality(),
				new CaseSubmission(CaseKind.IDEA, "Belysning längs ån", "Det är mörkt längs ån på kvällarna.", null,
						"Ån", "Testperson Provsson", "resident-" + UUID.randomUUID() + "@test.medskapa.example", true,
						"sv", null, null, false));
		String ref = submitted.reference();
		handling.routeCase(principal(coach), town.id(), ref, town.streets().id(), town.roads().id(),
				new PublicVersion("Belysning längs ån", "Det är mörkt längs ån på kvällarna."));
		handling.takeCase(principal(maria), town.id(), ref);
		handling.changeCaseStatus(principal(maria), town.id(), ref, CaseStatus.PLANNED, ANSWER, NOTE);
		handling.replyToCase(town.id(), submitted.trackingToken(), REPLY);

		String routed = "Skickat till " + town.streets().name();
		String contact = "Maria Öberg, " + town.streets().name() + ", är kontaktperson";
		String status = "Status ändrad till Planerat";
		String replied = "Invånaren svarade";

		signInAsStaff(maria);
		open(town.path("/staff/cases/" + ref));
		String staffTimeline = find(".timeline").getText();
		assertThat(staffTimeline).contains(routed, contact, status, replied, ANSWER, REPLY, NOTE)
			.doesNotContain("Ny status:", "Svar från invånaren");
		assertThat(find(".timeline .speech-municipality .speech-sender").getText())
			.isEqualTo("Maria Öberg, " + town.streets().name());
		assertThat(find(".timeline .speech-resident .speech-sender").getText()).isEqualTo("Invånaren");
		assertCurrentStep("Planerat");
		assertAccessibleWideAndNarrow();
		signOut();

		open(town.path("/track/" + submitted.trackingToken()));
		String trackingTimeline = find(".timeline").getText();
		assertThat(trackingTimeline).contains(routed, contact, status, replied, ANSWER, REPLY).doesNotContain(NOTE);
		assertThat(find(".timeline .speech-municipality .speech-sender").getText()).isEqualTo(town.streets().name());
		assertThat(find(".timeline .speech-resident .speech-sender").getText()).isEqualTo("Du");
		assertCurrentStep("Planerat");
		assertAccessibleWideAndNarrow();

		// The public page: the contact's name only where the municipality shows staff
		// names; a resident's reply is between them and the municipality.
		Settings current = settings.of(town.id());
		settings.update(town.id(), new Settings(current.acknowledgeDays(), current.answerDays(), false));
		open(town.path("/cases/" + ref));
		String publicTimeline = find(".timeline").getText();
		assertThat(publicTimeline)
			.contains(routed, town.streets().name() + " har utsett en kontaktperson", status, ANSWER)
			.doesNotContain("Maria Öberg", REPLY, replied, NOTE);
		assertCurrentStep("Planerat");
		assertAccessibleWideAndNarrow();
		settings.update(town.id(), new Settings(current.acknowledgeDays(), current.answerDays(), true));
		// An anonymous visitor's copy is fresh for a minute (ADR 0019): a reload asks
		// again.
		open(town.path("/cases/" + ref));
		browser.navigate().refresh();
		assertThat(find(".timeline").getText()).contains(contact);

		// After a hand-over every page keeps the reference and says so.
		handling.handOverCase(principal(maria), town.id(), ref, town.library().id(), "Gäller bibliotekets tomt.");
		String handedOver = "Överlämnat till " + town.library().name();
		String kept = "Ärendenummer, historik och tidsfrister är desamma.";
		open(town.path("/track/" + submitted.trackingToken()));
		assertThat(find(".reference").getText()).isEqualTo(ref);
		assertThat(find(".timeline").getText()).contains(handedOver, kept, routed, status);
		assertAccessibleWideAndNarrow();
		open(town.path("/cases/" + ref));
		browser.navigate().refresh();
		assertThat(find(".timeline").getText()).contains(handedOver, kept);
		openInEnglish(town.path("/track/" + submitted.trackingToken()));
		assertThat(find(".timeline").getText()).contains("Sent to " + town.streets().name(),
				"Maria Öberg, " + town.streets().name() + ", is the contact person", "Status changed to",
				"The resident replied", "Handed over to " + town.library().name(),
				"The case number, history and deadlines stay the same.");
		assertAccessibleWideAndNarrow();
	}

	private void assertCurrentStep(String status) {
		assertThat(find(".stepper [aria-current=step]").getText()).isEqualTo(status);
	}

}
