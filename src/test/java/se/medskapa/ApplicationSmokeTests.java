package se.medskapa;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quick-start promise: the start page, the three demo municipalities and health
 * answer.
 */
class ApplicationSmokeTests extends IntegrationTest {

	/** As set in application-test.properties. */
	static final String SCRAPE_TOKEN = "test-scrape-token";

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
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + SCRAPE_TOKEN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hikaricp_connections")));
	}

	/**
	 * F8: metrics only for the scraper that presents {@code medskapa.metrics.token}; the
	 * health probes stay open.
	 */
	@Test
	void shouldRefuseMetricsWithoutTheScrapeToken() throws Exception {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/%70rometheus", "/actuator/prometheus/",
				"/actuator/Prometheus", "/actuator", "/actuator/metrics", "/actuator/env" }) {
			mvc.perform(get(URI.create(path))).andExpect(status().isUnauthorized());
			mvc.perform(get(URI.create(path)).header("Authorization", "Bearer wrong-" + SCRAPE_TOKEN))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Basic " + SCRAPE_TOKEN))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
		mvc.perform(get("/actuator/info")).andExpect(status().isOk());
	}

}
