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
		assertAccessible();

		openLinkInMail(email, "/login/ott");
		assertOnPage("/login/ott");
		assertAccessible();
	}

	@Test
	void shouldHaveNoAxeViolationsOnMyAccountPages() {
		signInAsResident(newResidentEmail());
		assertAccessible();

		type("#displayName", "x".repeat(121));
		submitForm();
		assertFormErrorsShown();
		assertAccessible();

		type("#displayName", "Testperson");
		submitForm();
		assertOnPage("/account");
		assertAccessible();

		open("/account/delete");
		assertAccessible();

		openInEnglish("/account");
		assertLanguage("en");
		assertAccessible();
		openInEnglish("/account/delete");
		assertLanguage("en");
		assertAccessible();
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
		assertAccessible();
	}

	private static String newResidentEmail() {
		return "resident-" + UUID.randomUUID() + "@test.medskapa.example";
	}

}
