package se.medskapa.accounts;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * More than 20 POSTs to a sign-in form from one address within ten minutes get HTTP 429.
 */
@Tag("persistence")
class LoginRateLimitTests extends IntegrationTest {

	/** Where real HTTP requests of this test come from. */
	private static final String LOOPBACK = "127.0.0.1";

	/** What browsers ask for; without it the error answer is JSON. */
	private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Value("${local.server.port}")
	int port;

	@Test
	void shouldAnswerTooManyRequestsAfterTwentyStaffLoginPostsFromOneAddress() throws Exception {
		RequestPostProcessor client = AccountSteps.newClient();
		for (int attempt = 1; attempt <= 20; attempt++) {
			mvc.perform(staffLogin(attempt).with(client)).andExpect(redirectedUrl("/staff/login?error"));
		}

		mvc.perform(staffLogin(21).with(client)).andExpect(status().isTooManyRequests());

		mvc.perform(staffLogin(22).with(AccountSteps.newClient())).andExpect(redirectedUrl("/staff/login?error"));
		mvc.perform(get("/staff/login").with(client)).andExpect(status().isOk());
	}

	/**
	 * F2: a percent-encoded spelling of the path reaches the form login as
	 * {@code /staff/login} (Spring matches decoded segments); it counts in the same
	 * bucket as the plain path, and so do the other spellings.
	 */
	@Test
	void shouldCountEverySpellingOfTheSignInPathInOneBucket() throws Exception {
		RequestPostProcessor client = AccountSteps.newClient();
		for (int attempt = 1; attempt <= 10; attempt++) {
			mvc.perform(staffLogin(URI.create("/staff/%6cogin"), attempt).with(client))
				.andExpect(redirectedUrl("/staff/login?error"));
		}
		// (The firewall refuses "//" and ";" before any filter: no way around the count.)
		for (String spelling : List.of("/staff/login", "/staff/l%6Fgin", "/Staff/Login", "/staff/login/")) {
			mvc.perform(staffLogin(URI.create(spelling), 0).with(client));
		}
		for (int attempt = 15; attempt <= 20; attempt++) {
			mvc.perform(staffLogin(attempt).with(client)).andExpect(redirectedUrl("/staff/login?error"));
		}

		mvc.perform(staffLogin(URI.create("/staff/%6cogin"), 21).with(client)).andExpect(status().isTooManyRequests());
		mvc.perform(staffLogin(22).with(client)).andExpect(status().isTooManyRequests());
	}

	@Test
	void shouldShowTheTranslatedTooManyRequestsPage() throws Exception {
		String bucket = "post:/staff/login:" + LOOPBACK;
		long now = Instant.now().getEpochSecond();
		long window = now - now % 600;
		try {
			for (long start : new long[] { window, window + 600 }) {
				jdbc.sql("""
						insert into rate_limit_counter (bucket, window_start, hits) values (?, ?, 20)
						on conflict (bucket, window_start) do update set hits = 20""")
					.params(bucket, Timestamp.from(Instant.ofEpochSecond(start)))
					.update();
			}

			for (String language : new String[] { "sv", "en" }) {
				HttpResponse<String> response = postStaffLoginOverHttp(language);

				assertThat(response.statusCode()).isEqualTo(429);
				Document page = Jsoup.parse(response.body());
				Locale locale = Locale.forLanguageTag(language);
				assertThat(page.select("html").attr("lang")).isEqualTo(language);
				assertThat(page.select("h1").text()).isEqualTo(messages.getMessage("error.429.title", null, locale));
				assertThat(page.text()).contains(messages.getMessage("error.429.text", null, locale));
			}
		}
		finally {
			jdbc.sql("delete from rate_limit_counter where bucket = ?").param(bucket).update();
		}
	}

	@Test
	void shouldLimitTheResidentSignInFormToo() throws Exception {
		RequestPostProcessor client = AccountSteps.newClient();
		for (int attempt = 1; attempt <= 20; attempt++) {
			mvc.perform(post("/login").param("email", "not an address").with(csrf()).with(client))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/login").param("email", "not an address").with(csrf()).with(client))
			.andExpect(status().isTooManyRequests());
	}

	private static MockHttpServletRequestBuilder staffLogin(int attempt) {
		return staffLogin(URI.create("/staff/login"), attempt);
	}

	private static MockHttpServletRequestBuilder staffLogin(URI path, int attempt) {
		return post(path).param("email", "nobody-" + attempt + "@test.medskapa.example")
			.param("password", "wrong password")
			.with(csrf());
	}

	/**
	 * A real browser's way: open the form for its session and CSRF token, then post it.
	 */
	private HttpResponse<String> postStaffLoginOverHttp(String language) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		URI form = URI.create("http://" + LOOPBACK + ":" + port + "/staff/login?lang=" + language);
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(form).header("Accept", HTML).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		String token = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
		assertThat(token).isNotBlank();
		String body = "email=nobody%40test.medskapa.example&password=wrong&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		return http.send(HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + port + "/staff/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
