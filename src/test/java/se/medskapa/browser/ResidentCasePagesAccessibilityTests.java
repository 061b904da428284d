package se.medskapa.browser;

import java.util.Map;
import java.util.UUID;

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
		assertThat(find(".error-summary a[href='#kind']").getText()).isEqualTo(message("validation.chooseOne", "sv"));
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

		assertOnPage(town.path("/cases/receipt"));
		assertHeading("receipt.title", "sv");
		String reference = find("main .reference").getText();
		assertThat(TestMailServer.awaitOneMailTo(email).getSubject()).contains(reference);
		assertAccessibleWideAndNarrow();

		waitForNewPage(() -> find("main a.break").click());
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

		submitForm("form[action$='/withdraw']");
		assertThat(find(".facts").getText()).contains(message("caseStatus.WITHDRAWN", "sv"));
		assertThat(browser.findElements(By.cssSelector("main form"))).as("forms of a closed case").isEmpty();
		assertAccessibleWideAndNarrow();

		openInEnglish(trackingPath);
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheReceiptOpenedAgain() {
		open(town.path("/cases/receipt"));

		assertHeading("receipt.title", "sv");
		assertAccessibleWideAndNarrow();
	}

}
