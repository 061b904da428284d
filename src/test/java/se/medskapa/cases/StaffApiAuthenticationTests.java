package se.medskapa.cases;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.medskapa.accounts.IssuedStaffApiToken;
import se.medskapa.accounts.StaffApiTokens;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bearer tokens on the staff API: a valid personal token of the municipality in the path
 * opens it; anything else is a problem detail, and a session cookie counts for nothing.
 */
@Tag("persistence")
class StaffApiAuthenticationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffApiTokens tokens;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	Municipality umea;

	TestStaff coach;

	StaffApiRequests api;

	@BeforeEach
	void staff() {
		umea = municipalities.requireBySlug("umea");
		coach = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		api = new StaffApiRequests(tokens, users);
	}

	@Test
	void shouldOpenTheApiWithAValidTokenWithoutCreatingASession() throws Exception {
		MvcResult result = mvc.perform(api.get("/api/v1/umea/staff/cases", api.tokenOf(coach)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.coachQueue").isArray())
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void shouldAnswer401WithAProblemWithoutAToken() throws Exception {
		mvc.perform(api.anonymousGet("/api/v1/umea/staff/cases"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail", containsString("API-nyckel")))
			.andExpect(jsonPath("$.instance").value("/api/v1/umea/staff/cases"));
		mvc.perform(api.anonymousPost("/api/v1/umea/staff/cases/UME-2026-00001/take", "{}")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail", containsString("API token")));
		// Basic authentication is not a way in either.
		mvc.perform(
				api.anonymousGet("/api/v1/umea/staff/cases").header(HttpHeaders.AUTHORIZATION, "Basic Zm9vOmJhcg=="))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void shouldAnswer401ForAWrongOrRevokedToken() throws Exception {
		mvc.perform(api.get("/api/v1/umea/staff/cases", StaffApiTokens.PREFIX + "not-a-real-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\"")))
			.andExpect(jsonPath("$.title").value("Unauthorized"));

		IssuedStaffApiToken issued = tokens.create(users.reload(coach.id()).orElseThrow(), "Återkallas", null);
		mvc.perform(api.get("/api/v1/umea/staff/cases", issued.token())).andExpect(status().isOk());
		tokens.revoke(users.reload(coach.id()).orElseThrow(), issued.id());
		mvc.perform(api.get("/api/v1/umea/staff/cases", issued.token())).andExpect(status().isUnauthorized());
	}

	@Test
	void shouldAnswer401OnceTheOwnerIsDeactivated() throws Exception {
		String token = api.tokenOf(coach);
		mvc.perform(api.get("/api/v1/umea/staff/cases", token)).andExpect(status().isOk());
		TestStaff admin = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of());

		directory.deactivate(umea.id(), coach.id(), admin.id());

		mvc.perform(api.get("/api/v1/umea/staff/cases", token)).andExpect(status().isUnauthorized());
	}

	@Test
	void shouldAnswer403ForAnotherMunicipality() throws Exception {
		String token = api.tokenOf(coach);
		mvc.perform(api.get("/api/v1/boras/staff/cases", token))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(api.post("/api/v1/boras/staff/cases/BOR-2026-00001/notes", token, "{\"note\":\"Hej\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(api.get("/api/v1/no-such-place/staff/cases", token)).andExpect(status().isForbidden());
	}

	@Test
	void shouldIgnoreASignedInSessionOnTheApi() throws Exception {
		// Signed in through the real pages: the session opens the staff pages, not the
		// API.
		MockHttpSession session = coach.signInThroughPages(mvc);
		mvc.perform(get("/umea/staff/cases").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/umea/staff/cases").session(session).with(api.client()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void shouldLimitWrongTokensPerAddressButNeverRefuseAValidOne() throws Exception {
		String valid = api.tokenOf(coach);
		for (int i = 0; i < 20; i++) {
			mvc.perform(api.get("/api/v1/umea/staff/cases", StaffApiTokens.PREFIX + "guess-" + i))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(api.get("/api/v1/umea/staff/cases", StaffApiTokens.PREFIX + "guess-21"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists(HttpHeaders.RETRY_AFTER))
			.andExpect(jsonPath("$.status").value(429));
		// F3: other people's failures from the same address (a proxy, a shared network)
		// do not block a valid token.
		mvc.perform(api.get("/api/v1/umea/staff/cases", valid)).andExpect(status().isOk());
		mvc.perform(api.get("/api/v1/umea/staff/cases", StaffApiTokens.PREFIX + "guess-22"))
			.andExpect(status().isTooManyRequests());

		// Another address is not affected.
		mvc.perform(new StaffApiRequests(tokens, users).get("/api/v1/umea/staff/cases", StaffApiTokens.PREFIX + "x"))
			.andExpect(status().isUnauthorized());
	}

}
