package se.medskapa.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.MockMvcSessions;
import se.medskapa.support.TestStaff;
import se.medskapa.support.TestTotp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Staff sign in with a password and then a TOTP code; either alone opens nothing. */
@Tag("persistence")
class StaffLoginTests extends IntegrationTest {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	private final RequestPostProcessor client = AccountSteps.newClient();

	@Test
	void shouldOpenNothingButTheSecondFactorPageAfterThePasswordAlone() throws Exception {
		TestStaff admin = borasAdmin();
		MockHttpSession session = AccountSteps.passwordStep(mvc, admin.email(), admin.password(), client);

		for (String page : List.of("/staff", "/boras/admin", "/boras/admin/staff", "/operator/sent-mail")) {
			mvc.perform(get(page).session(session).with(client))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/staff/login/second-factor"));
		}
		mvc.perform(get("/staff/login/second-factor").session(session).with(client))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/second-factor"));
	}

	@Test
	void shouldSendThePasswordStepToTheSecondFactorPage() throws Exception {
		TestStaff admin = borasAdmin();
		mvc.perform(post("/staff/login").param("email", admin.email())
			.param("password", admin.password())
			.with(csrf())
			.with(client)).andExpect(status().isFound()).andExpect(redirectedUrl("/staff/login/second-factor"));
	}

	@Test
	void shouldSignInWithTheRightCodeAndChangeTheSessionIdAtEachStep() throws Exception {
		TestStaff admin = borasAdmin();
		// The sign-in page itself opens no session (ADR 0014): one planted beforehand, as
		// an
		// attacker would, must not survive either step.
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("planted", "by an attacker");
		mvc.perform(get("/staff/login").session(session).with(client)).andExpect(status().isOk());
		String idBeforePassword = MockMvcSessions.storedId(session);
		assertThat(idBeforePassword).isNotNull();
		mvc.perform(post("/staff/login").with(AccountSteps.presenting(session))
			.param("email", admin.email())
			.param("password", admin.password())
			.with(csrf())
			.with(client)).andExpect(redirectedUrl("/staff/login/second-factor"));
		String idAfterPassword = MockMvcSessions.storedId(session);
		assertThat(idAfterPassword).isNotEqualTo(idBeforePassword);

		mvc.perform(post("/staff/login/second-factor").session(session)
			.param("code", TestTotp.code(admin.totpSecret()))
			.with(csrf())
			.with(client)).andExpect(status().isFound()).andExpect(redirectedUrl("/staff"));

		assertThat(MockMvcSessions.storedId(session)).isNotNull().isNotEqualTo(idAfterPassword);
		mvc.perform(get("/staff").session(session).with(client))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test [MUNICIPALITY_ADMIN]")));
		mvc.perform(get("/boras/admin").session(session).with(client)).andExpect(status().isOk());
		assertThat(jdbc.sql("select last_login_at is not null from staff_account where id = ?")
			.param(admin.id())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void shouldShowAnErrorAndStayOnTheSecondFactorPageForAWrongCode() throws Exception {
		TestStaff admin = borasAdmin();
		MockHttpSession session = AccountSteps.passwordStep(mvc, admin.email(), admin.password(), client);

		MvcResult result = AccountSteps.codeStep(mvc, session, AccountSteps.wrongCode(admin.totpSecret()), client);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(AccountSteps.html(result).select(".error-summary").text())
			.contains(messages.getMessage("validation.totpWrong", null, SWEDISH));
		assertThat(AccountSteps.html(result).select("#code-error").text())
			.contains(messages.getMessage("validation.totpWrong", null, SWEDISH));
		mvc.perform(get("/staff").session(session).with(client)).andExpect(redirectedUrl("/staff/login/second-factor"));
	}

	@Test
	void shouldAcceptACodeOnlyOnce() throws Exception {
		TestStaff admin = borasAdmin();
		String code = TestTotp.code(admin.totpSecret());
		AccountSteps.signIn(mvc, admin, code, client);

		MockHttpSession second = AccountSteps.passwordStep(mvc, admin.email(), admin.password(), client);
		MvcResult replay = AccountSteps.codeStep(mvc, second, code, client);

		assertThat(replay.getResponse().getStatus()).isEqualTo(200);
		assertThat(AccountSteps.html(replay).select("#code-error").text())
			.contains(messages.getMessage("validation.totpWrong", null, SWEDISH));
		mvc.perform(get("/staff").session(second).with(client)).andExpect(redirectedUrl("/staff/login/second-factor"));

		MvcResult next = AccountSteps.codeStep(mvc, second, TestTotp.nextCode(admin.totpSecret()), client);
		assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/staff");
	}

	/**
	 * F12: five wrong passwords from one address close the account to that address, not
	 * to the staff member at their own desk: the lockout is no tool to lock staff out.
	 */
	@Test
	void shouldLockStaffAccountForTheAddressAfterFiveWrongPasswordsFromIt() throws Exception {
		TestStaff admin = borasAdmin();
		enterWrongPasswords(admin, 5);

		MockHttpSession session = AccountSteps.passwordStep(mvc, admin.email(), admin.password(), client);

		mvc.perform(get("/staff/login/second-factor").session(session).with(client))
			.andExpect(redirectedUrl("/staff/login"));
		mvc.perform(post("/staff/login").param("email", admin.email())
			.param("password", admin.password())
			.with(csrf())
			.with(client)).andExpect(redirectedUrl("/staff/login?error"));
		AccountSteps.signIn(mvc, admin, AccountSteps.newClient());
		// The answer tells the attacker nothing: the same as for an unknown address.
		mvc.perform(post("/staff/login").param("email", AccountSteps.uniqueEmail("okand"))
			.param("password", "wrong password")
			.with(csrf())
			.with(client)).andExpect(redirectedUrl("/staff/login?error"));
	}

	/**
	 * Guessing from many addresses is stopped by the account's total: fifty wrong
	 * passwords within the window, one from each of fifty addresses, lock the account for
	 * every address.
	 */
	@Test
	void shouldLockTheAccountForEveryoneAfterFiftyWrongPasswordsFromManyAddresses() throws Exception {
		TestStaff admin = borasAdmin();
		for (int attempt = 1; attempt <= 49; attempt++) {
			AccountSteps.passwordStep(mvc, admin.email(), "guess " + attempt, AccountSteps.newClient());
		}
		RequestPostProcessor elsewhere = AccountSteps.newClient();
		mvc.perform(post("/staff/login").param("email", admin.email())
			.param("password", admin.password())
			.with(csrf())
			.with(elsewhere)).andExpect(redirectedUrl("/staff/login/second-factor"));

		AccountSteps.passwordStep(mvc, admin.email(), "guess 50", AccountSteps.newClient());

		mvc.perform(post("/staff/login").param("email", admin.email())
			.param("password", admin.password())
			.with(csrf())
			.with(AccountSteps.newClient())).andExpect(redirectedUrl("/staff/login?error"));
	}

	@Test
	void shouldStillLetTheRightPasswordInAfterFourWrongOnes() throws Exception {
		TestStaff admin = borasAdmin();
		enterWrongPasswords(admin, 4);

		mvc.perform(post("/staff/login").param("email", admin.email())
			.param("password", admin.password())
			.with(csrf())
			.with(client)).andExpect(redirectedUrl("/staff/login/second-factor"));
		assertThat(lockedUntilIsSet(admin)).isFalse();
	}

	/**
	 * Ten wrong passwords at the same moment from one address all count: the account is
	 * closed to the address after them.
	 */
	@Test
	void shouldLockTheAccountAfterABurstOfParallelWrongPasswords() throws Exception {
		TestStaff admin = borasAdmin();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<Integer>> attempts = new ArrayList<>();
			for (int attempt = 1; attempt <= 10; attempt++) {
				String password = "wrong password " + attempt;
				RequestPostProcessor from = client;
				attempts.add(pool.submit(() -> {
					start.await();
					return mvc
						.perform(post("/staff/login").param("email", admin.email())
							.param("password", password)
							.with(csrf())
							.with(from))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			start.countDown();
			for (Future<Integer> attempt : attempts) {
				assertThat(attempt.get(20, TimeUnit.SECONDS)).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(jdbc.sql("select hits from rate_limit_counter where bucket like ?")
			.param("staff-login:" + admin.email().toLowerCase(Locale.ROOT) + ":%")
			.query(Integer.class)
			.single()).isEqualTo(10);
		mvc.perform(post("/staff/login").param("email", admin.email())
			.param("password", admin.password())
			.with(csrf())
			.with(client)).andExpect(redirectedUrl("/staff/login?error"));
	}

	@Test
	void shouldShowTheTranslatedLoginErrorAfterAFailedPassword() throws Exception {
		mvc.perform(get("/staff/login?error").with(client))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(messages.getMessage("staffLogin.error", null, SWEDISH))));
	}

	@Test
	void shouldGiveFiveFreshAttemptsOnceTheLockHasExpired() throws Exception {
		TestStaff admin = borasAdmin();
		for (int attempt = 1; attempt <= 5; attempt++) {
			AccountSteps.passwordStep(mvc, admin.email(), "wrong password " + attempt, client);
		}
		// Fifteen minutes later: the counts are of the window before.
		jdbc.sql(
				"update rate_limit_counter set window_start = window_start - interval '15 minutes' where bucket like ?")
			.param("staff-login:" + admin.email().toLowerCase(Locale.ROOT) + "%")
			.update();

		AccountSteps.passwordStep(mvc, admin.email(), "one more typo", client);

		AccountSteps.signIn(mvc, admin, client);
	}

	@Test
	void shouldLockTheAccountAfterFiveWrongCodes() throws Exception {
		TestStaff admin = borasAdmin();
		MockHttpSession session = AccountSteps.passwordStep(mvc, admin.email(), admin.password(), client);
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(AccountSteps.codeStep(mvc, session, AccountSteps.wrongCode(admin.totpSecret()), client)
				.getResponse()
				.getStatus()).isEqualTo(200);
		}

		MvcResult fifth = AccountSteps.codeStep(mvc, session, AccountSteps.wrongCode(admin.totpSecret()), client);

		assertThat(fifth.getResponse().getRedirectedUrl()).isEqualTo("/staff/login?error");
		assertThat(lockedUntilIsInTheFuture(admin)).isTrue();
		MvcResult rightCode = AccountSteps.codeStep(mvc, session, TestTotp.code(admin.totpSecret()), client);
		assertThat(rightCode.getResponse().getRedirectedUrl()).isNotEqualTo("/staff");
		mvc.perform(get("/staff").session(session).with(client)).andExpect(redirectedUrl("/staff/login"));
	}

	/** F12: someone else's guesses from elsewhere do not stop the staff member. */
	@Test
	void shouldAcceptTheRightCodeWhileSomeoneElseGuessesThePasswordFromAnotherAddress() throws Exception {
		TestStaff admin = borasAdmin();
		MockHttpSession session = AccountSteps.passwordStep(mvc, admin.email(), admin.password(), client);
		RequestPostProcessor attacker = AccountSteps.newClient();
		for (int attempt = 1; attempt <= 6; attempt++) {
			AccountSteps.passwordStep(mvc, admin.email(), "guess " + attempt, attacker);
		}

		MvcResult result = AccountSteps.codeStep(mvc, session, TestTotp.code(admin.totpSecret()), client);

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff");
	}

	@Test
	void shouldRefuseTheRightCodeWhileTheAccountIsLocked() throws Exception {
		TestStaff admin = borasAdmin();
		MockHttpSession session = AccountSteps.passwordStep(mvc, admin.email(), admin.password(), client);
		// Meanwhile the account is locked (five wrong codes in another session).
		jdbc.sql("update staff_account set locked_until = ? where id = ?")
			.params(Timestamp.from(Instant.now().plusSeconds(600)), admin.id())
			.update();

		MvcResult result = AccountSteps.codeStep(mvc, session, TestTotp.code(admin.totpSecret()), client);

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff/login?error");
		mvc.perform(get("/staff").session(session).with(client)).andExpect(redirectedUrl("/staff/login"));
	}

	@Test
	void shouldNotSignInADeactivatedAccount() throws Exception {
		TestStaff admin = borasAdmin();
		TestStaff handler = TestStaff.create(directory, users, borasId(), Set.of(StaffRole.HANDLER), List.of());
		directory.deactivate(borasId(), handler.id(), admin.id());

		MockHttpSession session = AccountSteps.passwordStep(mvc, handler.email(), handler.password(), client);

		mvc.perform(get("/staff/login/second-factor").session(session).with(client))
			.andExpect(redirectedUrl("/staff/login"));
		mvc.perform(post("/staff/login").param("email", handler.email())
			.param("password", handler.password())
			.with(csrf())
			.with(client)).andExpect(redirectedUrl("/staff/login?error"));
	}

	@Test
	void shouldRefuseTheCodeOfAnAccountDeactivatedAfterThePasswordStep() throws Exception {
		TestStaff admin = borasAdmin();
		TestStaff handler = TestStaff.create(directory, users, borasId(), Set.of(StaffRole.HANDLER), List.of());
		MockHttpSession session = AccountSteps.passwordStep(mvc, handler.email(), handler.password(), client);
		directory.deactivate(borasId(), handler.id(), admin.id());

		MvcResult result = AccountSteps.codeStep(mvc, session, TestTotp.code(handler.totpSecret()), client);

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff/login?error");
		mvc.perform(get("/staff").session(session).with(client)).andExpect(redirectedUrl("/staff/login"));
	}

	@Test
	void shouldEndTheSessionOfAStaffMemberWhoIsDeactivated() throws Exception {
		TestStaff admin = borasAdmin();
		TestStaff handler = TestStaff.create(directory, users, borasId(), Set.of(StaffRole.HANDLER), List.of());
		MockHttpSession session = AccountSteps.signIn(mvc, handler, client);
		mvc.perform(get("/staff").session(session).with(client)).andExpect(status().isOk());

		directory.deactivate(borasId(), handler.id(), admin.id());

		mvc.perform(get("/staff").session(session).with(client)).andExpect(redirectedUrl("/staff/login"));
	}

	@Test
	void shouldReturnToTheRequestedPageAfterBothFactors() throws Exception {
		TestStaff admin = borasAdmin();
		MockHttpSession session = new MockHttpSession();
		mvc.perform(get("/boras/admin/staff").session(session).with(client)).andExpect(redirectedUrl("/staff/login"));

		mvc.perform(post("/staff/login").session(session)
			.param("email", admin.email())
			.param("password", admin.password())
			.with(csrf())
			.with(client)).andExpect(redirectedUrl("/staff/login/second-factor"));
		MvcResult code = AccountSteps.codeStep(mvc, session, TestTotp.code(admin.totpSecret()), client);

		assertThat(code.getResponse().getRedirectedUrl()).contains("/boras/admin/staff");
	}

	@Test
	void shouldSignOut() throws Exception {
		TestStaff admin = borasAdmin();
		MockHttpSession session = AccountSteps.signIn(mvc, admin, client);

		mvc.perform(post("/logout").session(session).with(csrf()).with(client))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/?signedOut"));

		assertThat(MockMvcSessions.storedId(session)).as("the stored session ended").isNull();
		mvc.perform(get("/staff").session(session).with(client)).andExpect(redirectedUrl("/staff/login"));
	}

	private TestStaff borasAdmin() {
		return TestStaff.create(directory, users, borasId(), Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of());
	}

	private long borasId() {
		return municipalities.requireBySlug("boras").id();
	}

	private void enterWrongPasswords(TestStaff staff, int times) throws Exception {
		for (int attempt = 1; attempt <= times; attempt++) {
			mvc.perform(post("/staff/login").param("email", staff.email())
				.param("password", "wrong password " + attempt)
				.with(csrf())
				.with(client)).andExpect(redirectedUrl("/staff/login?error"));
		}
	}

	private boolean lockedUntilIsSet(TestStaff staff) {
		return jdbc.sql("select locked_until is not null from staff_account where id = ?")
			.param(staff.id())
			.query(Boolean.class)
			.single();
	}

	/** Compared with the application's clock, not the database server's. */
	private boolean lockedUntilIsInTheFuture(TestStaff staff) {
		Timestamp lockedUntil = jdbc.sql("select locked_until from staff_account where id = ?")
			.param(staff.id())
			.query(Timestamp.class)
			.list()
			.get(0);
		return lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now());
	}

}
