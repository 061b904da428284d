package se.medskapa.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.codec.binary.Base32;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A fresh staff account per test (own e-mail, own TOTP secret), so tests never share
 * lockout counters or used TOTP steps.
 */
public record TestStaff(long id, String email, String password, String totpSecret, StaffUserDetailsService users) {

	public static final String PASSWORD = "correct horse battery staple";

	public static TestStaff create(StaffDirectory directory, StaffUserDetailsService users, Long municipalityId,
			Set<StaffRole> roles, List<Long> unitIds) {
		String email = "staff-" + UUID.randomUUID() + "@test.medskapa.example";
		String secret = new Base32().encodeToString(UUID.randomUUID().toString().getBytes())
			.replace("=", "")
			.substring(0, 32);
		long id = directory.createActive(municipalityId, email, "Test " + roles, PASSWORD, secret, roles, unitIds);
		return new TestStaff(id, email, PASSWORD, secret, users);
	}

	/**
	 * Signed in with both factors, without going through the login pages (for tests of
	 * other pages).
	 */
	public RequestPostProcessor signedIn() {
		StaffPrincipal principal = users.reload(id).orElseThrow();
		return SecurityMockMvcRequestPostProcessors.authentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.fullAuthorities()));
	}

	/**
	 * Signs in through the real pages: password, then the TOTP code. Returns the session.
	 */
	public MockHttpSession signInThroughPages(MockMvc mvc) throws Exception {
		MvcResult password = mvc
			.perform(post("/staff/login").param("email", email).param("password", this.password).with(csrf()))
			.andReturn();
		MockHttpSession session = (MockHttpSession) password.getRequest().getSession();
		mvc.perform(post("/staff/login/second-factor").session(session)
			.param("code", TestTotp.code(totpSecret))
			.with(csrf())).andReturn();
		return session;
	}
}
