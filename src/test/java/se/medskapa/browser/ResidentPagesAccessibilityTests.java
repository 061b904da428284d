package se.medskapa.browser;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The resident's pages pass axe (WCAG 2.1 A and AA) after a real sign-in: the link is
 * requested at /login, read from the e-mail GreenMail received, opened and confirmed in
 * the browser.
 */
class ResidentPagesAccessibilityTests extends BrowserTest {

	@Test
	void shouldHaveNoAxeViolationsOnTheSignInLinkPage() {
		String email = newResidentEmail();
		open("/login");
		type("#email", email);
		submitForm();
		assertOnPage("/login/sent");
		assertAccessibleWideAndNarrow();

		openLinkInMail(email, "/login/ott");
		assertOnPage("/login/ott");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnMyAccountPages() {
		signInAsResident(newResidentEmail());
		assertAccessibleWideAndNarrow();

		type("#displayName", "x".repeat(121));
		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		type("#displayName", "Testperson");
		submitForm();
		assertOnPage("/account");
		assertAccessibleWideAndNarrow();

		open("/account/delete");
		assertAccessibleWideAndNarrow();

		openInEnglish("/account");
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
		openInEnglish("/account/delete");
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldIdentifyTheDisplayNameAsTheResidentsNickname() {
		signInAsResident(newResidentEmail());

		assertAutocomplete(Map.of("displayName", "nickname"));
	}

	@Test
	void shouldHaveNoAxeViolationsAfterTheAccountIsDeleted() {
		signInAsResident(newResidentEmail());
		open("/account/delete");

		submitForm();

		assertOnPage("/");
		assertAccessibleWideAndNarrow();
	}

	private static String newResidentEmail() {
		return "resident-" + UUID.randomUUID() + "@test.medskapa.example";
	}

}
