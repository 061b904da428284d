package se.medskapa.browser;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffRole;
import se.medskapa.cases.RoutingRules;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.WorkingDays;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole journey of a case in the browser, as the "done when" describes it: a
 * resident submits with the keyboard alone and gets a receipt by mail; the idea coach
 * routes and publishes; a handler takes the case and hands it over with a note; a handler
 * of the other unit answers with a new status; the resident opens the newest mail's link
 * and sees status, unit, contact and answer, and nothing of what staff wrote for each
 * other.
 */
class CaseJourneyTests extends BrowserTest {

	private static final String HAND_OVER_NOTE = "Entrén sköts av biblioteket, inte av gatuenheten.";

	private static final String INTERNAL_NOTE = "Bekostas ur investeringsramen 2027.";

	private static final String ANSWER = "Vi bygger en ramp vid bibliotekets entré i vår.";

	@Autowired
	Organisation organisation;

	@Autowired
	RoutingRules routingRules;

	@Autowired
	Clock clock;

	@Test
	void shouldCarryACaseSubmittedByKeyboardThroughTheSluiceToTheResidentsTrackingPage() throws Exception {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		routingRules.addRule(town.id(), town.roads().id(), null, town.streets().id());
		TestStaff coach = newStaff(town.municipality(), "Ida Idécoach", List.of(), StaffRole.IDEA_COACH);
		TestStaff streetsHandler = newStaff(town.municipality(), "Gustav Gatuhandläggare", List.of(town.streets().id()),
				StaffRole.HANDLER);
		TestStaff libraryHandler = newStaff(town.municipality(), "Bodil Bibliotekarie", List.of(town.library().id()),
				StaffRole.HANDLER);
		String email = "resident-" + UUID.randomUUID() + "@test.medskapa.example";

		String reference = submitWithTheKeyboardOnly(town, email);

		MimeMessage receipt = TestMailServer.awaitOneMailTo(email);
		assertThat(receipt.getSubject()).isEqualTo("Vi har tagit emot ditt ärende " + reference);

		// The coach finds it among the new cases of the staff table, confirms the
		// suggested unit and
		// publishes without the phone number.
		signInAsStaff(coach);
		openCaseFromQueue(town, "new", reference);
		assertThat(new Select(find("#route-unitId")).getFirstSelectedOption().getText()).contains(town.streets().name(),
				message("staffCase.route.suggested", "sv"));
		assertThat(find("#route-publish").isSelected()).as("publishing chosen: the resident consented").isTrue();
		type("#route-publicDescription", "Entrén till biblioteket har höga trappsteg och ingen ramp.");
		submitForm("form[action$='/route']");
		assertFlash("flash.case.routed");

		// A handler of the streets unit takes it, then hands it over to the library with
		// a note.
		signOut();
		signInAsStaff(streetsHandler);
		openCaseFromQueue(town, "unit", reference);
		submitForm("form[action$='/take']");
		assertFlash("flash.case.taken");
		openStaffCaseAction("handOver");
		new Select(find("#handOver-toUnitId")).selectByValue(String.valueOf(town.library().id()));
		type("#handOver-note", HAND_OVER_NOTE);
		submitForm("form[action$='/hand-over']");
		assertFlash("flash.case.handedOver");

		// Its answer is due: the library's queue marks it overdue until someone answers.
		jdbc.sql("update cases set answer_due = ? where municipality_id = ? and reference = ?")
			.params(LocalDate.now(clock.withZone(WorkingDays.SWEDEN)).minusDays(1), town.id(), reference)
			.update();
		signOut();
		signInAsStaff(libraryHandler);
		open(town.path("/staff/cases?view=unit"));
		assertThat(tableRow(reference).findElements(By.cssSelector(".badge-overdue"))).extracting(WebElement::getText)
			.containsExactly(message("staffCases.overdueMark", "sv"));

		waitForNewPage(() -> tableRow(reference).findElement(By.linkText(reference)).click());
		submitForm("form[action$='/take']");
		new Select(find("#status-status")).selectByValue("PLANNED");
		type("#status-publicMessage", ANSWER);
		type("#status-internalNote", INTERNAL_NOTE);
		submitForm("form[action$='/status']");
		assertFlash("flash.case.statusChanged");
		open(town.path("/staff/cases?view=unit"));
		assertThat(tableRow(reference).findElements(By.cssSelector(".badge-overdue"))).as("overdue badge once answered")
			.isEmpty();

		// The resident opens the link in the newest mail, the one with the answer: it is
		// there, the notes are not.
		signOut();
		MimeMessage answer = await().atMost(Duration.ofSeconds(10))
			.until(() -> mailWith(email, ANSWER), mail -> mail != null);
		URI link = URI.create(TestMailServer.linkIn(answer, town.path("/track/")));
		open(link.getRawPath());
		String facts = find(".facts").getText();
		assertThat(facts).contains(message("caseStatus.PLANNED", "sv"), town.library().name(), "Bodil Bibliotekarie");
		assertThat(find(".timeline").getText()).contains(ANSWER);
		assertThat(browser.getPageSource()).doesNotContain(HAND_OVER_NOTE, INTERNAL_NOTE);
	}

	/**
	 * Fills in the intake form with Tab, typing, arrow keys and Space, submits it with
	 * Enter, and returns the reference the receipt shows.
	 */
	private String submitWithTheKeyboardOnly(TestMunicipality town, String email) {
		open(town.path("/cases/new"));
		skipToMainContent();

		press(Keys.TAB);
		assertFocused("input[name=kind][value=IDEA]");
		press(Keys.ARROW_DOWN);
		press(Keys.SPACE);
		assertFocused("input[name=kind][value=PROPOSAL]");
		assertThat(find("input[name=kind][value=PROPOSAL]").isSelected()).as("proposal chosen").isTrue();

		press(Keys.TAB);
		assertFocused("#title");
		press("Ramp vid bibliotekets entré");
		press(Keys.TAB);
		assertFocused("#description");
		press("Det går inte att komma in med rullstol eller barnvagn. Ring mig gärna på 070-123 45 67.");
		press(Keys.TAB);
		assertFocused("#categoryId");
		press(Keys.ARROW_DOWN);
		assertThat(new Select(find("#categoryId")).getFirstSelectedOption().getText()).isEqualTo(town.roads().name());
		press(Keys.TAB);
		assertFocused(".category-descriptions summary");
		press(Keys.TAB);
		assertFocused("#place");
		press("Stadsbiblioteket, Storgatan 1");
		press(Keys.TAB);
		assertFocused("#latitude");
		press("63.8258");
		press(Keys.TAB);
		assertFocused("#longitude");
		press("20.2630");
		// "Använd min position" (added by script where the browser can tell it).
		press(Keys.TAB);
		assertFocused("[data-locate-latitude] button");
		press(Keys.TAB);
		assertFocused("#attachments");
		press(Keys.TAB);
		assertFocused("#name");
		press("Testperson Provsson");
		press(Keys.TAB);
		assertFocused("#email");
		press(email);
		press(Keys.TAB);
		assertFocused("#publishPermission1");
		press(Keys.SPACE);
		assertThat(find("#publishPermission1").isSelected()).as("permission to publish given").isTrue();
		press(Keys.TAB);
		assertFocused("main form button[type=submit]");
		waitForNewPage(() -> press(Keys.ENTER));

		assertThat(currentPath()).startsWith(town.path("/track/")).endsWith("/receipt");
		return find("main .reference").getText();
	}

	/** Opens the case from the staff table's saved view ("new", "unit", …). */
	private void openCaseFromQueue(TestMunicipality town, String view, String reference) {
		open(town.path("/staff/cases?view=" + view));
		waitForNewPage(() -> tableRow(reference).findElement(By.linkText(reference)).click());
		assertOnPage(town.path("/staff/cases/" + reference));
	}

	private static MimeMessage mailWith(String address, String text) {
		return TestMailServer.mailsTo(address)
			.stream()
			.filter(mail -> TestMailServer.body(mail).contains(text))
			.findFirst()
			.orElse(null);
	}

	private void assertFlash(String key) {
		assertThat(find(".flash").getText()).isEqualTo(message(key, "sv"));
	}

}
