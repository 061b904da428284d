package se.medskapa.config;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The language switch keeps the page and its query, and changes only the language. */
class LanguageSwitchLinksTests {

	private final LanguageSwitchLinks links = new LanguageSwitchLinks();

	@Test
	void shouldKeepThePathAndItsQueryAndAddTheLanguageLast() {
		assertThat(LanguageSwitchLinks.href("/login/ott", "token=a%2Bb%3D&x=1", "en"))
			.isEqualTo("/login/ott?token=a%2Bb%3D&x=1&lang=en");
	}

	@Test
	void shouldReplaceAnOldLanguageWhereverItStands() {
		assertThat(LanguageSwitchLinks.href("/staff/invitation", "lang=sv&token=t&%6Cang=de&language=x", "en"))
			.isEqualTo("/staff/invitation?token=t&language=x&lang=en");
		assertThat(LanguageSwitchLinks.href("/boras", "lang=en", "sv")).isEqualTo("/boras?lang=sv");
	}

	@Test
	void shouldLinkAPageWithoutQueryToItselfWithTheLanguage() {
		assertThat(LanguageSwitchLinks.href("/boras/cases/new", null, "en")).isEqualTo("/boras/cases/new?lang=en");
		assertThat(LanguageSwitchLinks.href("/", "", "sv")).isEqualTo("/?lang=sv");
	}

	@Test
	void shouldNeverLinkOffTheSite() {
		assertThat(LanguageSwitchLinks.href("//evil.example/x", "a=1", "en")).isEqualTo("/?a=1&lang=en");
		assertThat(LanguageSwitchLinks.href(null, null, "en")).isEqualTo("/?lang=en");
	}

	@Test
	void shouldKeepAMalformedParameterAsItCame() {
		assertThat(LanguageSwitchLinks.href("/x", "%zz=1&lang=sv", "en")).isEqualTo("/x?%zz=1&lang=en");
	}

	@Test
	void shouldOfferEverySupportedLanguageForTheRequestedPage() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/staff/password-reset/new");
		request.setQueryString("token=abc");

		assertThat(links.languageLinks(request)).isEqualTo(Map.of("sv", "/staff/password-reset/new?token=abc&lang=sv",
				"en", "/staff/password-reset/new?token=abc&lang=en"));
	}

	@Test
	void shouldLinkAnErrorPageToTheAddressThatFailedNotToTheErrorController() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/no/such/page");
		request.setAttribute(RequestDispatcher.ERROR_QUERY_STRING, "q=1&lang=sv");

		assertThat(links.languageLinks(request)).containsEntry("en", "/no/such/page?q=1&lang=en");
	}

}
