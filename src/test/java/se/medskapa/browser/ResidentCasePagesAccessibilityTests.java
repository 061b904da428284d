package se.medskapa.browser;

import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMunicipality;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resident's side of the one entry point passes axe (WCAG 2.1 A and AA) at laptop
 * width and at 320 px: the intake form empty and with errors, the receipt after a real
 * submission, and the private tracking page while the case is open, after a reply, with a
 * refused reply, and once the case is closed.
 */
class ResidentCasePagesAccessibilityTests extends BrowserTest {

	@Autowired
	Organisation organisation;

	TestMunicipality town;

	@BeforeEach
	void registerMunicipality() {
		town = TestMunicipality.register(municipalities, organisation);
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheIntakeFormEmptyAndWithErrorsInSwedishAndEnglish() {
		open(town.path("/cases/new"));
		assertHeading("intake.heading", "sv");
		assertAutocomplete(Map.of("name", "name", "email", "email"));
		assertAccessibleWideAndNarrow();

		// No kind chosen either (the form preselects one; a browser may still send none):
		// every error has its field.
		((JavascriptExecutor) browser)
			.executeScript("document.querySelectorAll('input[name=kind]').forEach(choice => choice.checked = false)");
		type("#email", "inte-en-adress");
		submitForm();
		assertOnPage(town.path("/cases"));
		assertFormErrorsShown();
		assertThat(find(".error-summary a[href='#kind']").getText()).isEqualTo(message("intake.validation.kind", "sv"));
		assertThat(find("#email").getDomProperty("value")).as("what was typed stays").isEqualTo("inte-en-adress");
		assertAccessibleWideAndNarrow();

		openInEnglish(town.path("/cases/new"));
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
		type("#title", "A title far longer than the form allows ".repeat(4));
		type("#email", "still not an address");
		submitForm();
		assertLanguage("en");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheReceiptAndTheTrackingPageWhileTheCaseGoesOn() throws Exception {
		String email = "resident-" + UUID.randomUUID() + "@test.medskapa.example";
		open(town.path("/cases/new"));
		type("#title", "Trasig belysning i gångtunneln vid stationen");
		type("#description",
				"Två av lamporna i gångtunneln har varit släckta i en vecka. Det känns otryggt på kvällen.");
		type("#place", "Gångtunneln under järnvägen");
		type("#name", "Testperson Provsson");
		type("#email", email);
		submitForm();

		String receiptPath = currentPath();
		assertThat(receiptPath).startsWith(town.path("/track/")).endsWith("/receipt");
		assertHeading("receipt.title", "sv");
		String reference = find("main .reference").getText();
		assertThat(TestMailServer.awaitOneMailTo(email).getSubject()).contains(reference);
		assertAccessibleWideAndNarrow();

		waitForNewPage(() -> find("main a[href$='/track/" + trackingToken(receiptPath) + "']").click());
		assertThat(currentPath()).startsWith(town.path("/track/"));
		String trackingPath = currentPath();
		assertThat(find("main .reference").getText()).isEqualTo(reference);
		assertAccessibleWideAndNarrow();

		submitForm("form[action$='/reply']");
		assertOnPage(trackingPath);
		assertFormErrorsShown();
		assertThat(find("#reply-message-error").getText()).contains(message("case.error.messageRequired", "sv"));
		assertFocused(".error-summary");
		press(Keys.TAB);
		press(Keys.ENTER);
		assertFocused("#reply-message");
		assertAccessibleWideAndNarrow();

		type("#reply-message", "Nu är även den tredje lampan släckt.");
		submitForm("form[action$='/reply']");
		assertThat(find(".flash").getText()).isEqualTo(message("flash.case.replySent", "sv"));
		assertThat(find(".timeline").getText()).contains("Nu är även den tredje lampan släckt.");
		assertAccessibleWideAndNarrow();

		// Withdrawing asks first, on its own page (UX finding 11).
		assertThat(browser.findElements(By.cssSelector("main form[action$='/withdraw']"))).isEmpty();
		waitForNewPage(() -> find("main a[href$='/withdraw']").click());
		assertOnPage(trackingPath + "/withdraw");
		assertHeading("withdraw.heading", "sv");
		assertAccessibleWideAndNarrow();
		waitForNewPage(() -> find("main a.button-secondary").click());
		assertOnPage(trackingPath);
		assertThat(find(".facts").getText()).doesNotContain(message("caseStatus.WITHDRAWN", "sv"));
		waitForNewPage(() -> find("main a[href$='/withdraw']").click());
		submitForm("form[action$='/withdraw']");
		assertOnPage(trackingPath);
		assertThat(find(".flash").getText()).isEqualTo(message("flash.case.withdrawn", "sv"));
		assertThat(find(".facts").getText()).contains(message("caseStatus.WITHDRAWN", "sv"))
			.as("a closed case has no deadline and nobody reading it")
			.doesNotContain(message("track.answerDue", "sv"))
			.doesNotContain(message("track.unit.none", "sv"))
			.doesNotContain(message("track.contact.none", "sv"));
		assertThat(browser.findElements(By.cssSelector("main form"))).as("forms of a closed case").isEmpty();
		assertAccessibleWideAndNarrow();

		openInEnglish(trackingPath);
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheOldReceiptAddressOpenedAgain() {
		open(town.path("/cases/receipt"));

		assertHeading("receipt.gone.title", "sv");
		assertAccessibleWideAndNarrow();
	}

	/**
	 * UX finding 1: an anonymous resident who reloads the receipt keeps the case number
	 * and the whole tracking address, can copy it, and can have it mailed: the mail
	 * carries the reference and a fresh link, never the text of the case (F5).
	 */
	@Test
	void shouldKeepTheAnonymousReceiptThroughAReloadAndMailTheLinkOnRequest() throws Exception {
		String title = "Skräp vid badplatsen " + UUID.randomUUID();
		open(town.path("/cases/new"));
		type("#title", title);
		type("#description", "Det ligger glasskärvor i sanden vid bryggan.");
		submitForm();
		String receiptPath = currentPath();
		assertThat(receiptPath).startsWith(town.path("/track/")).endsWith("/receipt");
		String reference = find("main .reference").getText();
		assertThat(find("main .notice").getText()).isEqualTo(message("receipt.noEmail", "sv"));

		browser.navigate().refresh();
		assertOnPage(receiptPath);
		assertHeading("receipt.title", "sv");
		assertThat(find("main .reference").getText()).isEqualTo(reference);
		String address = find("#tracking-url").getDomProperty("value");
		// The whole address (the test profile's base URL has no port of its own).
		assertThat(address).startsWith("http")
			.endsWith(receiptPath.substring(0, receiptPath.length() - "/receipt".length()));
		assertThat(find("#tracking-url").getDomAttribute("readonly")).isNotNull();
		assertThat(find("[data-copy] button").getText()).isEqualTo(message("receipt.tracking.copy", "sv"));
		assertAccessibleWideAndNarrow();

		// Without an address the form says what is missing, at 422, on the same page.
		submitForm("form[action$='/receipt/mail']");
		assertFormErrorsShown();
		assertThat(find("#email-error").getText()).contains(message("receipt.mail.required", "sv"));
		assertAccessibleWideAndNarrow();

		String email = "anon-" + UUID.randomUUID() + "@test.medskapa.example";
		open(receiptPath);
		type("#email", email);
		submitForm("form[action$='/receipt/mail']");
		assertOnPage(receiptPath);
		assertThat(find(".flash").getText()).isEqualTo(message("flash.receipt.linkMailed", "sv"));
		MimeMessage mail = TestMailServer.awaitOneMailTo(email);
		assertThat(mail.getSubject()).isEqualTo("Länk till ditt ärende " + reference);
		assertThat(TestMailServer.body(mail)).doesNotContain(title).doesNotContain("glasskärvor");
		String link = TestMailServer.linkIn(mail, town.path("/track/"));
		open(link.substring(link.indexOf(town.path("/track/"))));
		assertThat(find("main .reference").getText()).isEqualTo(reference);

		openInEnglish(receiptPath);
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
	}

	private static String trackingToken(String receiptPath) {
		String path = receiptPath.substring(0, receiptPath.length() - "/receipt".length());
		return path.substring(path.lastIndexOf('/') + 1);
	}

}
