package se.medskapa.accounts;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A form posted without the CSRF token of the session is refused, whoever posts it. */
class CsrfProtectionTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Residents residents;

	private final RequestPostProcessor client = AccountSteps.newClient();

	@Test
	void shouldRefuseSignInFormsWithoutTheToken() throws Exception {
		TestStaff handler = newStaff(StaffRole.HANDLER);
		String email = AccountSteps.uniqueEmail("resident");

		mvc.perform(
				post("/staff/login").param("email", handler.email()).param("password", handler.password()).with(client))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").param("email", email).with(client)).andExpect(status().isForbidden());
		mvc.perform(post("/staff/password-reset").param("email", handler.email()).with(client))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/login").param("email", handler.email())
			.param("password", handler.password())
			.with(csrf().useInvalidToken())
			.with(client)).andExpect(status().isForbidden());

		assertThat(TestMailServer.mailsTo(email)).isEmpty();
		assertThat(TestMailServer.mailsTo(handler.email())).isEmpty();
	}

	@Test
	void shouldRefuseTheCodeWithoutTheToken() throws Exception {
		TestStaff handler = newStaff(StaffRole.HANDLER);
		MockHttpSession session = AccountSteps.passwordStep(mvc, handler.email(), handler.password(), client);

		mvc.perform(post("/staff/login/second-factor").session(session)
			.param("code", TestTotp.code(handler.totpSecret()))
			.with(client)).andExpect(status().isForbidden());

		mvc.perform(get("/staff").session(session).with(client)).andExpect(status().isFound());
	}

	@Test
	void shouldRefuseResidentAndAdminChangesWithoutTheToken() throws Exception {
		ResidentPrincipal resident = (ResidentPrincipal) residents
			.loadUserByUsername(AccountSteps.uniqueEmail("resident"));
		MockHttpSession session = AccountSteps.residentSession(resident);
		mvc.perform(post("/account/delete").session(session)).andExpect(status().isForbidden());
		mvc.perform(post("/account").session(session).param("displayName", "Forged").param("preferredLanguage", "en"))
			.andExpect(status().isForbidden());
		assertThat(residents.profile(resident.id())).get()
			.satisfies(profile -> assertThat(profile.displayName()).isNull());

		TestStaff admin = newStaff(StaffRole.MUNICIPALITY_ADMIN);
		TestStaff handler = newStaff(StaffRole.HANDLER);
		long boras = municipalities.requireBySlug("boras").id();
		mvc.perform(post("/boras/admin/staff/" + handler.id() + "/deactivate").with(admin.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(
				post("/boras/admin/staff/" + handler.id()).param("roles", "MUNICIPALITY_ADMIN").with(admin.signedIn()))
			.andExpect(status().isForbidden());
		assertThat(directory.member(boras, handler.id()).active()).isTrue();
		assertThat(directory.member(boras, handler.id()).roles()).containsExactly(StaffRole.HANDLER);
	}

	private TestStaff newStaff(StaffRole role) {
		return TestStaff.create(directory, users, municipalities.requireBySlug("boras").id(), Set.of(role), List.of());
	}

}
