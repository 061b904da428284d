package se.medskapa.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.medskapa.support.FailingPage;

/**
 * Every page a visitor sees without signing in passes axe (WCAG 2.1 A and AA), in Swedish
 * and in English.
 */
class PublicPagesAccessibilityTests extends BrowserTest {

	static final List<String> PUBLIC_PAGES = List.of("/", "/boras", "/umea", "/pitea", "/accessibility", "/login",
			"/login?invalid", "/login/sent", "/login/ott?token=x", "/staff/login", "/staff/login?error",
			"/staff/password-reset", "/staff/password-reset/new?token=bad", "/staff/invitation?token=bad");

	@Test
	void shouldHaveNoAxeViolationsOnPublicPagesInSwedish() {
		assertPagesAccessible("sv", PUBLIC_PAGES);
	}

	@Test
	void shouldHaveNoAxeViolationsOnPublicPagesInEnglish() {
		assertPagesAccessible("en", PUBLIC_PAGES);
	}

	@Test
	void shouldIdentifyThePurposeOfFieldsAskingForTheVisitorsOwnData() {
		open("/login");
		assertAutocomplete(Map.of("email", "email"));
		open("/accessibility");
		assertAutocomplete(Map.of("name", "name", "email", "email"));
		open("/staff/login");
		assertAutocomplete(Map.of("email", "username", "password", "current-password"));
		open("/staff/password-reset");
		assertAutocomplete(Map.of("email", "email"));
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheNotFoundPage() {
		open("/no-such-municipality");
		assertHeading("error.404.title", "sv");
		assertAccessibleWideAndNarrow();

		openInEnglish("/no/such/page");
		assertHeading("error.404.title", "en");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheServerErrorPage() {
		open(FailingPage.PATH);

		assertHeading("error.500.title", "sv");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheBadRequestPage() {
		open(FailingPage.PARAMETER_PATH + "?text=a%00b");

		assertHeading("error.400.title", "sv");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheGenericErrorPage() {
		// The report form's address answers POST only; a GET gets 405, which has no page
		// of its own.
		open("/accessibility/report");

		assertHeading("error.generic.title", "sv");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheAccessibilityReportFormWithErrors() {
		open("/accessibility");
		submitForm();
		assertOnPage("/accessibility/report");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		openInEnglish("/accessibility");
		type("#email", "not-an-address");
		submitForm();
		assertLanguage("en");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsAfterAnAccessibilityReportIsSent() {
		open("/accessibility");
		type("#pageAddress", url("/boras"));
		type("#description", "Fokus syns inte på länkarna i sidhuvudet.");
		submitForm();

		assertOnPage("/accessibility");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheResidentLoginFormWithErrors() {
		open("/login");
		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		type("#email", "not-an-address");
		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		openInEnglish("/login");
		type("#email", "still not an address");
		submitForm();
		assertLanguage("en");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnThePasswordResetRequestWithErrorsAndWhenSent() {
		open("/staff/password-reset");
		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		type("#email", "nobody@test.medskapa.example");
		submitForm();
		assertHeading("passwordReset.sent.title", "sv");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheTooManyAttemptsPage() {
		open("/login");
		type("#email", "not-an-address");
		submitForm();
		// One more POST than the limit allows, without sending twenty requests first.
		jdbc.sql("update rate_limit_counter set hits = 1000").update();
		submitForm();

		assertHeading("error.429.title", "sv");
		assertAccessibleWideAndNarrow();
	}

}
