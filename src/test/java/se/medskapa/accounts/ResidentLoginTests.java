package se.medskapa.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.shared.SecureTokens;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.MockMvcSessions;
import se.medskapa.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Residents sign in with a link sent by e-mail; the link opens a confirmation, the button
 * signs in.
 */
@Tag("persistence")
class ResidentLoginTests extends IntegrationTest {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	private final RequestPostProcessor client = AccountSteps.newClient();

	@Test
	void shouldShowTheErrorSummaryAndKeepTheTypedValueForAnInvalidAddress() throws Exception {
		MvcResult result = mvc.perform(post("/login").param("email", "anna.example.se").with(csrf()).with(client))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/login"))
			.andReturn();

		Document page = AccountSteps.html(result);
		String error = messages.getMessage("validation.email", null, SWEDISH);
		assertThat(page.select(".error-summary a[href=\"#email\"]").text()).isEqualTo(error);
		assertThat(page.select("#email-error").text()).contains(error);
		assertThat(page.select("input#email").attr("value")).isEqualTo("anna.example.se");
		assertThat(page.select("input#email").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void shouldShowTheErrorInEnglishForAnEnglishSpeaker() throws Exception {
		MvcResult result = mvc.perform(
				post("/login").param("email", "").cookie(new Cookie("medskapa-lang", "en")).with(csrf()).with(client))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(AccountSteps.html(result).select(".error-summary").text())
			.contains(messages.getMessage("validation.required", null, Locale.ENGLISH));
	}

	@Test
	void shouldMailALinkThatOpensAConfirmationAndSignsInOnlyOnTheButton() throws Exception {
		String email = AccountSteps.uniqueEmail("resident");

		mvc.perform(post("/login").param("email", email).with(csrf()).with(client))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login/sent"));
		mvc.perform(get("/login/sent").with(client)).andExpect(status().isOk());

		MimeMessage mail = TestMailServer.awaitOneMailTo(email);
		assertThat(mail.getSubject()).isEqualTo(messages.getMessage("mail.signIn.subject", null, SWEDISH));
		String link = TestMailServer.linkIn(mail, "/login/ott");
		String token = AccountSteps.queryParameter(link, "token");

		MockHttpSession session = new MockHttpSession();
		MvcResult confirm = mvc.perform(get(AccountSteps.pathOf(link)).session(session).with(client))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/login-confirm"))
			.andReturn();
		assertThat(AccountSteps.html(confirm).select("form[action=\"/login/ott\"] input[name=token]").attr("value"))
			.isEqualTo(token);
		assertThat(accountsWith(email)).isZero();
		mvc.perform(get("/account").session(session).with(client)).andExpect(redirectedUrl("/login"));
		String idBefore = MockMvcSessions.storedId(session);
		assertThat(idBefore).as("the session that remembers the page asked for").isNotNull();

		MvcResult signIn = mvc
			.perform(post("/login/ott").with(AccountSteps.presenting(session))
				.param("token", token)
				.with(csrf())
				.with(client))
			.andExpect(status().isFound())
			.andReturn();

		// Back to the page asked for before, which is "My account" here too.
		assertThat(signIn.getResponse().getRedirectedUrl()).endsWith("/account?continue");
		assertThat(MockMvcSessions.storedId(session)).isNotNull().isNotEqualTo(idBefore);
		assertThat(accountsWith(email)).isOne();
		MvcResult account = mvc.perform(get("/account").session(session).with(client))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(AccountSteps.html(account).select("dd").text()).contains(email);
	}

	@Test
	void shouldAcceptASignInLinkOnlyOnce() throws Exception {
		String token = requestLink(AccountSteps.uniqueEmail("once"));
		mvc.perform(post("/login/ott").param("token", token).with(csrf()).with(client))
			.andExpect(redirectedUrl("/account"));

		mvc.perform(post("/login/ott").param("token", token).with(csrf()).with(client))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?invalid"));
	}

	/**
	 * F18: the token is consumed by one atomic delete, so of parallel uses of one link
	 * (two browsers, or an attacker racing the resident) exactly one signs in.
	 */
	@Test
	void shouldSignInExactlyOnceWhenOneLinkIsUsedInParallel() throws Exception {
		String token = requestLink(AccountSteps.uniqueEmail("parallel"));
		int parallel = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < parallel; i++) {
				outcomes.add(pool.submit(() -> {
					start.await();
					return mvc.perform(post("/login/ott").param("token", token).with(csrf()).with(client))
						.andReturn()
						.getResponse()
						.getRedirectedUrl();
				}));
			}
			start.countDown();
			List<String> redirects = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				redirects.add(outcome.get());
			}
			assertThat(redirects).containsOnly("/account", "/login?invalid");
			assertThat(redirects).filteredOn("/account"::equals).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * F18: only the token's hash is stored, and Spring's unused generating endpoint
	 * issues nothing.
	 */
	@Test
	void shouldStoreOnlyTheHashAndIssueNothingThroughTheGeneratingEndpoint() throws Exception {
		String email = AccountSteps.uniqueEmail("hashed");
		String token = requestLink(email);
		assertThat(jdbc.sql("select token_hash from one_time_tokens where username = ?")
			.param(email)
			.query(String.class)
			.list()).containsExactly(SecureTokens.hash(token));

		String other = AccountSteps.uniqueEmail("generate");
		mvc.perform(post("/ott/generate").param("username", other).with(csrf()).with(client))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from one_time_tokens where username = ?")
			.param(other)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void shouldSendAnUnknownTokenBackToTheLoginPageWithAnExplanation() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login/ott").session(session)
			.param("token", "00000000-0000-0000-0000-000000000000")
			.with(csrf())
			.with(client)).andExpect(redirectedUrl("/login?invalid"));

		MvcResult page = mvc.perform(get("/login?invalid").session(session).with(client))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(AccountSteps.html(page).select("[role=alert]").text())
			.isEqualTo(messages.getMessage("login.invalidLink", null, SWEDISH));
		mvc.perform(get("/account").session(session).with(client)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void shouldCreateTheAccountOnFirstUseOnlyAndFindItAgainLater() throws Exception {
		String email = AccountSteps.uniqueEmail("again");
		mvc.perform(post("/login/ott").param("token", requestLink(email)).with(csrf()).with(client))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(post("/login/ott").param("token", requestLink(email.toUpperCase(Locale.ROOT)))
			.with(csrf())
			.with(client)).andExpect(redirectedUrl("/account"));

		assertThat(accountsWith(email)).isOne();
	}

	private String requestLink(String email) throws Exception {
		TestMailServer.Mark before = TestMailServer.mark();
		mvc.perform(post("/login").param("email", email).with(csrf()).with(client))
			.andExpect(redirectedUrl("/login/sent"));
		return AccountSteps
			.queryParameter(TestMailServer.linkIn(TestMailServer.awaitOneMailTo(email, before), "/login/ott"), "token");
	}

	private int accountsWith(String email) {
		return jdbc.sql("select count(*) from resident_account where lower(email) = lower(?)")
			.param(email)
			.query(Integer.class)
			.single();
	}

}
