package se.medskapa.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import se.medskapa.shared.PublicReads;
import se.medskapa.support.ExhaustedPool;
import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Overload is shed quickly and visibly: with no free connection a request waits the
 * pool's few seconds and gets 503 with {@code Retry-After}, the translated page or the
 * API's problem, never a 500 after 30 s; a public read's statement is cancelled after its
 * timeout and answered the same way. The pool is held only inside the test.
 */
@Tag("persistence")
class OverloadTests extends IntegrationTest {

	private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Autowired
	DataSource dataSource;

	@Autowired
	MessageSource messages;

	@Autowired
	PublicReads publicReads;

	@Autowired
	ApiProblems problems;

	@Value("${local.server.port}")
	int port;

	@Test
	void shouldAnswer503WithRetryAfterAndTheTranslatedPageOrProblemWhileNoConnectionIsFree() throws Exception {
		long started;
		long waited;
		try (ExhaustedPool exhausted = ExhaustedPool.hold(dataSource)) {
			for (String language : new String[] { "sv", "en" }) {
				started = System.nanoTime();
				HttpResponse<String> page = get("/umea/cases?lang=" + language, HTML, language);
				waited = (System.nanoTime() - started) / 1_000_000;

				assertThat(page.statusCode()).isEqualTo(503);
				assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
				assertThat(waited).as("milliseconds waited").isLessThan(10_000);
				Document document = Jsoup.parse(page.body());
				Locale locale = Locale.forLanguageTag(language);
				assertThat(document.select("html").attr("lang")).isEqualTo(language);
				assertThat(document.select("h1").text())
					.isEqualTo(messages.getMessage("error.503.title", null, locale));
				assertThat(document.text()).contains(messages.getMessage("error.503.text", null, locale));
			}

			HttpResponse<String> api = get("/api/v1/umea/cases", "application/json", "en");

			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(api.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(api.body()).contains("\"code\":\"api.problem.overloaded\"")
				.contains(messages.getMessage("api.problem.overloaded", null, Locale.ENGLISH));
		}
		// The pool is given back: the same page works again.
		assertThat(get("/umea/cases", HTML, "sv").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldCancelAPublicReadAfterItsStatementTimeout() {
		long started = System.nanoTime();

		assertThatThrownBy(() -> publicReads.jdbc().sql("select pg_sleep(60)").query().singleValue())
			.satisfies(ex -> assertThat(OverloadFilter.isOverload(ex)).as(ex.toString()).isTrue());

		assertThat(Duration.ofNanos(System.nanoTime() - started))
			.isGreaterThanOrEqualTo(publicReads.statementTimeout().minusMillis(500))
			.isLessThan(publicReads.statementTimeout().plusSeconds(5));
	}

	@Test
	void shouldAnswerATimedOutStatement503AndLeaveFaultsAlone() throws Exception {
		OverloadFilter filter = new OverloadFilter(problems, Duration.ofSeconds(10));
		for (String path : new String[] { "/umea/cases", "/api/v1/umea/cases" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
			MockHttpServletResponse response = new MockHttpServletResponse();

			filter.doFilter(request, response, new MockFilterChain() {
				@Override
				public void doFilter(ServletRequest req, ServletResponse res) {
					throw new QueryTimeoutException("canceling statement due to statement timeout");
				}
			});

			assertThat(response.getStatus()).isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		}
		assertThat(OverloadFilter.isOverload(new IllegalStateException("a fault"))).isFalse();
	}

	@Test
	void shouldReportTheFirstRefusalAtOnceAndTheRestAsOneSummaryPerInterval() {
		long[] now = { 1_000 };
		OverloadFilter.Reports reports = new OverloadFilter.Reports(Duration.ofSeconds(10), () -> now[0]);

		assertThat(reports.refused()).as("the first refusal").isEqualTo(1);
		long reportedWithin = 0;
		for (int i = 0; i < 999; i++) {
			now[0] += Duration.ofMillis(5).toNanos();
			reportedWithin += reports.refused();
		}
		assertThat(reportedWithin).as("999 refusals within the interval: no report").isZero();
		now[0] += Duration.ofSeconds(10).toNanos();
		assertThat(reports.refused()).as("the summary after the interval").isEqualTo(1_000);
		now[0] += Duration.ofSeconds(1).toNanos();
		assertThat(reports.refused()).as("within the next interval").isZero();
	}

	private HttpResponse<String> get(String path, String accept, String language) throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", accept)
			.header("Accept-Language", language)
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
