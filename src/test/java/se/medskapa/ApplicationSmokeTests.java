package se.medskapa;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quick-start promise: the start page, the three demo municipalities and health
 * answer.
 */
class ApplicationSmokeTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldServeStartPageAndDemoMunicipalities() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("Borås Stad")));
		for (String slug : new String[] { "boras", "umea", "pitea" }) {
			mvc.perform(get("/" + slug)).andExpect(status().isOk());
		}
	}

	@Test
	void shouldReportHealthUpWithReadinessAndLiveness() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hikaricp_connections")));
	}

}
