package se.medskapa.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletRequest;

import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search bulkhead (ADR 0038): while every place is taken a search is answered 503
 * with {@code Retry-After}, as page and as API problem, and the list without a search, a
 * case page's list and the liveness endpoint still answer; once the places are free the
 * same search answers 200. The places are held by the test itself, so no timing is
 * involved.
 */
@Tag("persistence")
class SearchBulkheadTests extends IntegrationTest {

	private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Autowired
	SearchBulkhead bulkhead;

	@Value("${local.server.port}")
	int port;

	@Test
	void shouldAnswerSearches503WhileTheBulkheadIsFullAndEverythingElseAsUsual() throws Exception {
		List<Boolean> taken = new ArrayList<>();
		try {
			for (int i = 0; i < bulkhead.size(); i++) {
				taken.add(bulkhead.tryEnter());
			}
			assertThat(taken).as("every place taken by the test").containsOnly(true).hasSize(bulkhead.size());

			HttpResponse<String> page = get("/umea/cases?q=cykel", HTML);
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("10");

			HttpResponse<String> api = get("/api/v1/umea/cases?q=cykel", "application/json");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(api.body()).contains("\"code\":\"api.problem.overloaded\"");

			assertThat(get("/umea/cases", HTML).statusCode()).as("the list without a search").isEqualTo(200);
			assertThat(get("/umea/cases?q=+", HTML).statusCode()).as("a blank search is no search").isEqualTo(200);
			assertThat(get("/api/v1/umea/cases", "application/json").statusCode()).as("the API list").isEqualTo(200);
			assertThat(get("/actuator/health/liveness", "application/json").statusCode()).isEqualTo(200);
		}
		finally {
			taken.stream().filter(Boolean::booleanValue).forEach(t -> bulkhead.leave());
		}
		assertThat(get("/umea/cases?q=cykel", HTML).statusCode()).as("places free again").isEqualTo(200);
		assertThat(get("/api/v1/umea/cases?q=cykel", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldTakeOnlyGetsOfAPublicListWithASearchForSearches() {
		assertThat(SearchBulkhead.isSearch(request("GET", "/umea/cases", "cykel"))).isTrue();
		assertThat(SearchBulkhead.isSearch(request("GET", "/api/v1/umea/cases", "cykel"))).isTrue();
		assertThat(SearchBulkhead.isSearch(request("GET", "/umea/cases", null))).isFalse();
		assertThat(SearchBulkhead.isSearch(request("GET", "/umea/cases", "  "))).isFalse();
		assertThat(SearchBulkhead.isSearch(request("POST", "/umea/cases", "cykel"))).isFalse();
		assertThat(SearchBulkhead.isSearch(request("GET", "/umea/cases/UME-2026-1", "cykel"))).isFalse();
		assertThat(SearchBulkhead.isSearch(request("GET", "/umea/staff/cases", "cykel"))).isFalse();
	}

	private static MockHttpServletRequest request(String method, String path, String q) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (q != null) {
			request.setParameter("q", q);
		}
		return request;
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", accept)
			.header("Accept-Language", "sv")
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
