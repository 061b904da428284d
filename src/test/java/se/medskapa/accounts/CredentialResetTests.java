package se.medskapa.accounts;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestStaff;
import se.medskapa.support.TestTotp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * F9: a password reset ends what the old credentials opened (sessions, API tokens, other
 * reset links), and an admin can start a staff member's sign-in over with a new
 * second-factor secret.
 */
@Tag("persistence")
class CredentialResetTests extends IntegrationTest {

	private static final String NEW_PASSWORD = "a brand new passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	StaffApiTokens apiTokens;

	@Autowired
	StaffCredentials credentials;

	@Autowired
	Municipalities municipalities;

	@Autowired
	JdbcClient jdbc;

	private final RequestPostProcessor client = AccountSteps.newClient();

	@Test
	void shouldEndSessionsApiTokensAndOtherLinksOnAPasswordReset() throws Exception {
		TestStaff handler = newStaff(StaffRole.HANDLER);
		MockHttpSession attacker = AccountSteps.signIn(mvc, handler, client);
		mvc.perform(get("/staff").session(attacker).with(client)).andExpect(status().isOk());
		IssuedStaffApiToken token = apiTokens.create(users.reload(handler.id()).orElseThrow(), "stolen", null);
		String olderLink = requestReset(handler);
		String link = requestReset(handler);

		mvc.perform(post("/staff/password-reset/new").param("token", AccountSteps.queryParameter(link, "token"))
			.param("newPassword", NEW_PASSWORD)
			.param("repeatPassword", NEW_PASSWORD)
			.with(csrf())
			.with(client)).andExpect(redirectedUrl("/staff/login"));

		mvc.perform(get("/staff").session(attacker).with(client)).andExpect(redirectedUrl("/staff/login"));
		assertThat(apiTokens.authenticate(token.token())).isEmpty();
		assertThat(credentials.isValidPasswordResetToken(AccountSteps.queryParameter(olderLink, "token"))).isFalse();
	}

	@Test
	void shouldLetAnAdminStartASignInOverWithANewSecret() throws Exception {
		TestStaff admin = newStaff(StaffRole.MUNICIPALITY_ADMIN);
		TestStaff handler = newStaff(StaffRole.HANDLER);
		MockHttpSession handlerSession = AccountSteps.signIn(mvc, handler, client);
		IssuedStaffApiToken token = apiTokens.create(users.reload(handler.id()).orElseThrow(), "phone", null);
		TestMailServer.Mark before = TestMailServer.mark();

		mvc.perform(post("/boras/admin/staff/" + handler.id() + "/reset-sign-in").with(admin.signedIn())
			.with(csrf())
			.with(client)).andExpect(flash().attribute("flash", "flash.signInReset"));

		mvc.perform(get("/staff").session(handlerSession).with(client)).andExpect(redirectedUrl("/staff/login"));
		assertThat(apiTokens.authenticate(token.token())).isEmpty();
		mvc.perform(post("/staff/login").param("email", handler.email())
			.param("password", handler.password())
			.with(csrf())
			.with(client)).andExpect(redirectedUrl("/staff/login?error"));

		String link = TestMailServer.linkIn(TestMailServer.awaitOneMailTo(handler.email(), before),
				"/staff/invitation");
		MvcResult page = mvc.perform(get(AccountSteps.pathOf(link)).with(client))
			.andExpect(status().isOk())
			.andReturn();
		String secret = AccountSteps.html(page).select("dd code").first().text();
		assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(handler.totpSecret());
		mvc.perform(post("/staff/invitation").param("token", AccountSteps.queryParameter(link, "token"))
			.param("newPassword", NEW_PASSWORD)
			.param("repeatPassword", NEW_PASSWORD)
			.param("code", TestTotp.code(secret))
			.with(csrf())
			.with(client)).andExpect(flash().attribute("flash", "flash.invitationAccepted"));
		AccountSteps.signIn(mvc, new TestStaff(handler.id(), handler.email(), NEW_PASSWORD, secret, users),
				TestTotp.nextCode(secret), client);
	}

	@Test
	void shouldRefuseAResetOfAnotherMunicipalitysStaffAndOfOneself() throws Exception {
		TestStaff handler = newStaff(StaffRole.HANDLER);
		TestStaff umeaAdmin = TestStaff.create(directory, users, municipalities.requireBySlug("umea").id(),
				Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of());
		mvc.perform(post("/umea/admin/staff/" + handler.id() + "/reset-sign-in").with(umeaAdmin.signedIn())
			.with(csrf())
			.with(client)).andExpect(status().isNotFound());
		mvc.perform(post("/umea/admin/staff/" + umeaAdmin.id() + "/reset-sign-in").with(umeaAdmin.signedIn())
			.with(csrf())
			.with(client)).andExpect(flash().attribute("flash", "flash.cannotResetOwnSignIn"));
		assertThat(jdbc.sql("select credentials_version from staff_account where id in (?, ?)")
			.params(handler.id(), umeaAdmin.id())
			.query(Integer.class)
			.list()).containsOnly(0);
	}

	private String requestReset(TestStaff staff) throws Exception {
		TestMailServer.Mark before = TestMailServer.mark();
		mvc.perform(post("/staff/password-reset").param("email", staff.email()).with(csrf()).with(client))
			.andExpect(status().isOk());
		return TestMailServer.linkIn(TestMailServer.awaitOneMailTo(staff.email(), before), "/staff/password-reset/new");
	}

	private TestStaff newStaff(StaffRole role) {
		return TestStaff.create(directory, users, municipalities.requireBySlug("boras").id(), Set.of(role), List.of());
	}

}
