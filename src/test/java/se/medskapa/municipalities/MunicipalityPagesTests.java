package se.medskapa.municipalities;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public pages: the municipality list, each start page, languages, and the security
 * headers.
 */
class MunicipalityPagesTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldListEveryMunicipalityOnTheStartPage() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/boras\"")))
			.andExpect(content().string(containsString("href=\"/umea\"")))
			.andExpect(content().string(containsString("href=\"/pitea\"")));
	}

	@Test
	void shouldShowTheMunicipalityWithItsContactDetails() throws Exception {
		mvc.perform(get("/umea"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Umeå kommun</h1>")))
			.andExpect(content().string(containsString("090-16 10 00")));
	}

	@LocalServerPort
	int port;

	@Test
	void shouldAnswerNotFoundWithTranslatedPageForUnknownMunicipality() throws Exception {
		// Error pages are rendered by the servlet container, so this goes through the
		// real server.
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/atlantis"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Sidan finns inte").contains("<html lang=\"sv\">");
	}

	@Test
	void shouldSpeakSwedishByDefaultAndRememberEnglish() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("<html lang=\"sv\">")))
			.andExpect(content().string(containsString("Välkommen till Medskapa")));

		MvcResult switched = mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Welcome to Medskapa")))
			.andReturn();
		Cookie remembered = switched.getResponse().getCookie("medskapa-lang");

		mvc.perform(get("/boras").cookie(remembered))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Skip to content")));
	}

	@Test
	void shouldFallBackToSwedishForUnsupportedLanguages() throws Exception {
		mvc.perform(get("/").param("lang", "xx"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"sv\">")));
	}

	@Test
	void shouldSendStrictSecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void shouldLinkTheAccessibilityStatementFromTheFooter() throws Exception {
		mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/accessibility\"")));
		// Under a municipality the statement names it as the responsible body (lag
		// 2018:1937), and its privacy notice is linked beside it.
		mvc.perform(get("/pitea"))
			.andExpect(content().string(containsString("href=\"/pitea/accessibility\"")))
			.andExpect(content().string(containsString("href=\"/pitea/privacy\"")));
	}

}
