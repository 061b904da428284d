package se.medskapa.cases;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.accounts.StaffApiTokens;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.support.TestStaff;

/**
 * Requests to the staff API as a program sends them: a bearer token, JSON, no cookies and
 * no CSRF token, from a client address of the test's own, so that the per-address limit
 * on wrong tokens couples no tests.
 */
final class StaffApiRequests {

	private final String client = "10.9." + ThreadLocalRandom.current().nextInt(256) + "."
			+ ThreadLocalRandom.current().nextInt(1, 255);

	private final StaffApiTokens tokens;

	private final StaffUserDetailsService users;

	StaffApiRequests(StaffApiTokens tokens, StaffUserDetailsService users) {
		this.tokens = tokens;
		this.users = users;
	}

	/** A fresh personal token of the staff member. */
	String tokenOf(TestStaff staff) {
		return tokens.create(users.reload(staff.id()).orElseThrow(), "Test", null).token();
	}

	MockHttpServletRequestBuilder get(String path, String token) {
		return withClient(MockMvcRequestBuilders.get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	MockHttpServletRequestBuilder post(String path, String token, String json) {
		return withClient(MockMvcRequestBuilders.post(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	MockHttpServletRequestBuilder anonymousGet(String path) {
		return withClient(MockMvcRequestBuilders.get(path));
	}

	MockHttpServletRequestBuilder anonymousPost(String path, String json) {
		return withClient(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	RequestPostProcessor client() {
		return request -> {
			request.setRemoteAddr(client);
			return request;
		};
	}

	private MockHttpServletRequestBuilder withClient(MockHttpServletRequestBuilder builder) {
		return builder.with(client()).accept(MediaType.APPLICATION_JSON);
	}

}
