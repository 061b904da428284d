package se.medskapa.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every refusal of the JSON API speaks one vocabulary: RFC 7807, the detail in the
 * caller's language, the message key as {@code code}, whether our code or Spring MVC
 * refused.
 */
class ApiProblemsTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldAnswerAnUnknownMunicipalityInTheCallersLanguageWithItsCode() throws Exception {
		mvc.perform(get("/api/v1/atlantis/cases").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("api.problem.notFound"))
			.andExpect(jsonPath("$.detail").value("Not found in the municipality."))
			.andExpect(jsonPath("$.instance").value("/api/v1/atlantis/cases"));
		mvc.perform(get("/api/v1/atlantis/cases")).andExpect(jsonPath("$.detail").value("Hittades inte i kommunen."));
	}

	@Test
	void shouldNameTheParameterAndValueSpringCouldNotConvert() throws Exception {
		mvc.perform(get("/api/v1/umea/cases").param("status", "NOPE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("api.problem.invalidParameter"))
			.andExpect(jsonPath("$.detail").value("Parametern status har ett värde som inte går att använda: NOPE."));
	}

	@Test
	void shouldExplainACursorThatWasNotHandedOut() throws Exception {
		mvc.perform(get("/api/v1/umea/cases").param("cursor", "bm90LW91cnM").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("api.problem.invalidCursor"))
			.andExpect(jsonPath("$.detail", containsString("Start again without a cursor")));
	}

	@Test
	void shouldGiveTheFilterChainsRefusalsACodeToo() throws Exception {
		mvc.perform(get("/api/v1/umea/staff/cases"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("api.problem.unauthorized"))
			.andExpect(jsonPath("$.title").value("Unauthorized"));
	}

}
