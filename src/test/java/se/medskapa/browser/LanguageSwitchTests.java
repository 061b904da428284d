package se.medskapa.browser;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language switch in the header shows the same page in the other language: the page's
 * own query (the token of a link from a mail) stays, also on error pages, which Boot's
 * error controller renders.
 */
class LanguageSwitchTests extends BrowserTest {

	@Test
	void shouldKeepTheTokenOfALinkFromAMailWhenTheLanguageChanges() {
		open("/staff/password-reset/new?token=a-token-from-the-mail");

		chooseLanguage("en");
		assertOnPage("/staff/password-reset/new");
		assertThat(currentQuery()).isEqualTo("token=a-token-from-the-mail&lang=en");
		assertLanguage("en");

		chooseLanguage("sv");
		assertThat(currentQuery()).isEqualTo("token=a-token-from-the-mail&lang=sv");
		assertLanguage("sv");
	}

	@Test
	void shouldShowAnErrorPageForTheSameAddressInTheOtherLanguage() {
		open("/no/such/page?q=lekplats");
		assertHeading("error.404.title", "sv");

		chooseLanguage("en");
		assertOnPage("/no/such/page");
		assertThat(currentQuery()).isEqualTo("q=lekplats&lang=en");
		assertHeading("error.404.title", "en");

		// Answered by the error controller without a status page of its own (405: the
		// address takes POST only).
		open("/accessibility/report");
		chooseLanguage("sv");
		assertOnPage("/accessibility/report");
		assertHeading("error.generic.title", "sv");
	}

	private void chooseLanguage(String language) {
		waitForNewPage(() -> find(".language-switch a[hreflang=" + language + "]").click());
	}

	private String currentQuery() {
		return URI.create(browser.getCurrentUrl()).getRawQuery();
	}

}
