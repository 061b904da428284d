package se.medskapa.accounts;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.support.TestStaff;
import se.medskapa.support.TestTotp;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Steps the account tests share. Every test sends its requests from its own client
 * address, so that the per-address rate limit on the sign-in forms never couples one test
 * to another.
 */
final class AccountSteps {

	private AccountSteps() {
	}

	/** A client address of its own, e.g. {@code 10.17.3.201}. */
	static RequestPostProcessor newClient() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID() + "@test.medskapa.example";
	}

	/** Six digits that no authenticator would show for the secret around now. */
	static String wrongCode(String secret) {
		Instant now = Instant.now();
		Set<String> valid = Set.of(TestTotp.code(secret, now.minusSeconds(60)),
				TestTotp.code(secret, now.minusSeconds(30)), TestTotp.code(secret, now),
				TestTotp.code(secret, now.plusSeconds(30)), TestTotp.code(secret, now.plusSeconds(60)));
		for (int candidate = 0;; candidate += 111_111) {
			String code = String.format("%06d", candidate % 1_000_000);
			if (!valid.contains(code)) {
				return code;
			}
		}
	}

	/**
	 * The password step of the staff login; the returned session holds whatever it
	 * granted.
	 */
	static MockHttpSession passwordStep(MockMvc mvc, String email, String password, RequestPostProcessor client)
			throws Exception {
		MvcResult result = mvc
			.perform(post("/staff/login").param("email", email).param("password", password).with(csrf()).with(client))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession();
	}

	static MvcResult codeStep(MockMvc mvc, MockHttpSession session, String code, RequestPostProcessor client)
			throws Exception {
		return mvc
			.perform(post("/staff/login/second-factor").session(session).param("code", code).with(csrf()).with(client))
			.andReturn();
	}

	/** Both factors through the real pages, with the current code. */
	static MockHttpSession signIn(MockMvc mvc, TestStaff staff, RequestPostProcessor client) throws Exception {
		return signIn(mvc, staff, TestTotp.code(staff.totpSecret()), client);
	}

	static MockHttpSession signIn(MockMvc mvc, TestStaff staff, String code, RequestPostProcessor client)
			throws Exception {
		MockHttpSession session = passwordStep(mvc, staff.email(), staff.password(), client);
		MvcResult result = codeStep(mvc, session, code, client);
		if (result.getResponse().getStatus() != 302 || !"/staff".equals(result.getResponse().getRedirectedUrl())) {
			throw new AssertionError("sign-in of " + staff.email() + " failed: " + result.getResponse().getStatus());
		}
		return session;
	}

	/**
	 * The session as a browser presents it: by its id in a cookie. MockMvc's
	 * {@code session(…)} alone hands the session over without a requested id, which
	 * Spring Security's session-fixation protection (rightly) takes for a session the
	 * client did not ask for, and leaves alone.
	 */
	static RequestPostProcessor presenting(MockHttpSession session) {
		return request -> {
			request.setSession(session);
			request.setRequestedSessionId(session.getId());
			request.setRequestedSessionIdFromCookie(true);
			return request;
		};
	}

	/**
	 * A session in which the resident is signed in, as after following a sign-in link.
	 */
	static MockHttpSession residentSession(ResidentPrincipal resident) {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(resident, null, resident.getAuthorities())));
		return session;
	}

	/** Path and query of a link from an e-mail, to follow it with MockMvc. */
	static String pathOf(String link) {
		URI uri = URI.create(link);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	static String queryParameter(String link, String name) {
		for (String pair : URI.create(link).getRawQuery().split("&")) {
			if (pair.startsWith(name + "=")) {
				return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no " + name + " in " + link);
	}

	static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
