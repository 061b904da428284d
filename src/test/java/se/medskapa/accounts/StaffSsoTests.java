package se.medskapa.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.Cookie;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.MockMvcSessions;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;
import se.medskapa.support.TestTotp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff single sign-on through the municipality's directory against a real OpenID
 * provider running in the test ({@code mock-oauth2-server}): two municipalities with
 * their own directories (issuers), set while the application runs.
 */
@Tag("persistence")
class StaffSsoTests extends IntegrationTest {

	static final String MFA_ACR = "http://schemas.microsoft.com/claims/multipleauthn";

	MockOAuth2Server provider;

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffSsoProviders providers;

	@Autowired
	EidProviders eidProviders;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	SessionRepository<? extends Session> sessions;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	TestMunicipality north;

	TestMunicipality south;

	@BeforeEach
	void twoMunicipalitiesWithTheirOwnDirectories() {
		provider = new MockOAuth2Server();
		provider.start();
		north = TestMunicipality.register(municipalities, organisation);
		south = TestMunicipality.register(municipalities, organisation);
		providers.configure(north.id(), settings(issuer(north), false, Map.of()));
		providers.configure(south.id(), settings(issuer(south), false, Map.of()));
	}

	@AfterEach
	void stopProvider() {
		provider.shutdown();
	}

	@Test
	void shouldSignInWithoutTheCodeWhenTheDirectoryAssertsMultiFactor() throws Exception {
		TestStaff handler = staff(north, StaffRole.HANDLER);

		Flow flow = signIn(north, claims(handler.email(), List.of("pwd", "mfa")));

		assertThat(flow.result().getResponse().getRedirectedUrl()).isEqualTo("/staff");
		assertThat(flow.principal().id()).isEqualTo(handler.id());
		assertThat(authorities(flow.session())).contains(StaffPrincipal.SECOND_FACTOR, StaffRole.HANDLER.authority());
		mvc.perform(get("/staff").session(flow.session())).andExpect(status().isOk());
	}

	@Test
	void shouldCountAnAcrAtTheConfiguredLevelAsMultiFactor() throws Exception {
		TestStaff handler = staff(north, StaffRole.HANDLER);
		Map<String, Object> claims = claims(handler.email(), null);
		claims.put("acr", MFA_ACR);

		assertThat(signIn(north, claims).result().getResponse().getRedirectedUrl()).isEqualTo("/staff");
	}

	@Test
	void shouldAskTheCodeWhenTheDirectoryAssertsNoMultiFactor() throws Exception {
		TestStaff handler = staff(north, StaffRole.HANDLER);
		Map<String, Object> claims = claims(handler.email(), List.of("pwd"));
		claims.put("acr", "some-single-factor-level");

		Flow flow = signIn(north, claims);

		assertThat(flow.result().getResponse().getRedirectedUrl()).isEqualTo("/staff/login/second-factor");
		assertThat(authorities(flow.session())).containsExactly(StaffPrincipal.PASSWORD_FACTOR);
		mvc.perform(get("/staff").session(flow.session())).andExpect(status().is3xxRedirection());
		MvcResult code = mvc
			.perform(post("/staff/login/second-factor").session(flow.session())
				.param("code", TestTotp.code(handler.totpSecret()))
				.with(csrf()))
			.andReturn();
		assertThat(code.getResponse().getRedirectedUrl()).isEqualTo("/staff");
		mvc.perform(get("/staff").session(flow.session())).andExpect(status().isOk());
	}

	@Test
	void shouldNeverLetAUserOfOneMunicipalitysDirectoryIntoAnotherMunicipality() throws Exception {
		TestStaff southern = staff(south, StaffRole.HANDLER);
		TestStaff northern = staff(north, StaffRole.HANDLER);

		Flow claimingSouthern = signIn(north, claims(southern.email(), List.of("mfa")));
		assertThat(claimingSouthern.result().getResponse().getRedirectedUrl()).isEqualTo("/staff/login?sso=no-account");
		assertThat(claimingSouthern.principal()).isNull();

		Flow northernSignedIn = signIn(north, claims(northern.email(), List.of("mfa")));
		mvc.perform(get(south.path("/staff/programmes")).session(northernSignedIn.session()))
			.andExpect(status().isForbidden());
		mvc.perform(get(south.path("/admin/sign-in")).session(northernSignedIn.session()))
			.andExpect(status().isForbidden());

		Map<String, Object> northernToken = claims(southern.email(), List.of("mfa"));
		northernToken.put("iss", issuer(north));
		Flow foreignIssuer = signIn(south, northernToken);
		assertRefused(foreignIssuer, "failed");
	}

	@Test
	void shouldFindTheAccountBySubjectAfterTheFirstSignInAndNotByAnotherSubjectsAddress() throws Exception {
		TestStaff handler = staff(north, StaffRole.HANDLER);
		String subject = "directory-" + UUID.randomUUID();
		signIn(north, claims(subject, handler.email(), List.of("mfa")));

		Flow renamed = signIn(north,
				claims(subject, "renamed-" + UUID.randomUUID() + "@test.medskapa.example", List.of("mfa")));
		assertThat(renamed.principal().id()).as("found by subject after a change of address").isEqualTo(handler.id());

		Flow impostor = signIn(north, claims("other-" + UUID.randomUUID(), handler.email(), List.of("mfa")));
		assertThat(impostor.result().getResponse().getRedirectedUrl()).isEqualTo("/staff/login?sso=no-account");
	}

	@Test
	void shouldCreateNoAccountUnlessTheAdminAllowsIt() throws Exception {
		String unknown = "new-" + UUID.randomUUID() + "@test.medskapa.example";
		assertThat(signIn(north, claims(unknown, List.of("mfa"))).result().getResponse().getRedirectedUrl())
			.isEqualTo("/staff/login?sso=no-account");
		assertThatThrownBy(() -> users.loadUserByUsername(unknown)).isInstanceOf(UsernameNotFoundException.class);

		providers.configure(north.id(), settings(issuer(north), true, Map.of(StaffRole.HANDLER, Set.of("handlers"))));
		Map<String, Object> claims = claims(unknown, List.of("mfa"));
		claims.put("groups", List.of("handlers", "everyone"));
		Flow created = signIn(north, claims);

		assertThat(created.result().getResponse().getRedirectedUrl()).isEqualTo("/staff");
		StaffPrincipal principal = created.principal();
		assertThat(principal.email()).isEqualTo(unknown);
		assertThat(principal.belongsTo(north.id())).isTrue();
		assertThat(principal.roles()).containsExactly(StaffRole.HANDLER);
	}

	@Test
	void shouldRefuseWithoutMultiFactorWhenTheAccountHasNoCodeAppAndRefuseADeactivatedAccount() throws Exception {
		providers.configure(north.id(), settings(issuer(north), true, Map.of()));
		String created = "created-" + UUID.randomUUID() + "@test.medskapa.example";
		assertThat(signIn(north, claims(created, List.of("pwd"))).result().getResponse().getRedirectedUrl())
			.isEqualTo("/staff/login?sso=no-second-factor");

		TestStaff leaver = staff(north, StaffRole.HANDLER);
		TestStaff admin = staff(north, StaffRole.MUNICIPALITY_ADMIN);
		directory.deactivate(north.id(), leaver.id(), admin.id());
		Flow refused = signIn(north, claims(leaver.email(), List.of("mfa")));
		assertThat(refused.result().getResponse().getRedirectedUrl()).isEqualTo("/staff/login?sso=no-account");
		assertThat(refused.principal()).isNull();
	}

	@Test
	void shouldMapGroupsToRolesOnlyForTheRolesTheAdminMapped() throws Exception {
		TestStaff member = staff(north, StaffRole.IDEA_COACH, StaffRole.UNIT_LEAD);
		providers.configure(north.id(), settings(issuer(north), false,
				Map.of(StaffRole.HANDLER, Set.of("g-handlers"), StaffRole.UNIT_LEAD, Set.of("g-leads"))));
		Map<String, Object> claims = claims(member.email(), List.of("mfa"));
		claims.put("groups", List.of("g-handlers"));

		Flow flow = signIn(north, claims);

		assertThat(users.reload(member.id()).orElseThrow().roles()).as("coach kept, handler given, lead taken")
			.containsExactlyInAnyOrder(StaffRole.IDEA_COACH, StaffRole.HANDLER);
		assertThat(authorities(flow.session())).contains(StaffRole.HANDLER.authority())
			.doesNotContain(StaffRole.UNIT_LEAD.authority());
	}

	@Test
	void shouldRefuseATamperedStateAWrongNonceAndAnExpiredTokenWithAClearPage() throws Exception {
		TestStaff handler = staff(north, StaffRole.HANDLER);
		assertRefused(signIn(north, claims(handler.email(), List.of("mfa")), UnaryOperator.identity(),
				callback -> callback.replaceFirst("state=[^&]+", "state=tampered")), "failed");
		provider.shutdown();
		provider = new MockOAuth2Server();
		provider.start();
		providers.configure(north.id(), settings(issuer(north), false, Map.of()));
		assertRefused(signIn(north, claims(handler.email(), List.of("mfa")),
				authorize -> authorize.replaceFirst("nonce=[^&]+", "nonce=someone-elses"), UnaryOperator.identity()),
				"failed");
		provider.shutdown();
		provider = new MockOAuth2Server();
		provider.start();
		providers.configure(north.id(), settings(issuer(north), false, Map.of()));
		provider.enqueueCallback(new DefaultOAuth2TokenCallback("dir-" + north.slug(), "expired-" + UUID.randomUUID(),
				"JWT", null, claims(handler.email(), List.of("mfa")), -3600));
		assertRefused(flow(north, new MockHttpSession(), null, UnaryOperator.identity(), UnaryOperator.identity()),
				"failed");
	}

	@Test
	void shouldOfferEachMunicipalitysDirectoryOnTheStaffSignInAndExplainARefusalInBothLanguages() throws Exception {
		String page = mvc.perform(get("/staff/login")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/oauth2/authorization/staff." + north.slug(),
				"/oauth2/authorization/staff." + south.slug(), "Logga in med Provköpings kommuns konto",
				"name=\"password\"");

		String english = mvc
			.perform(get("/staff/login").param("sso", "no-account").cookie(new Cookie("medskapa-lang", "en")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains(message("staffLogin.sso.failure.no-account", "en"),
				message("staffLogin.sso.failure.alternative", "en"));
	}

	@Test
	void shouldEndTheDirectorysSessionOnSignOut() throws Exception {
		TestStaff handler = staff(north, StaffRole.HANDLER);
		Flow flow = signIn(north, claims(handler.email(), List.of("mfa")));

		MvcResult out = mvc.perform(post("/logout").session(flow.session()).with(csrf())).andReturn();

		String location = out.getResponse().getRedirectedUrl();
		assertThat(location).startsWith(issuer(north) + "/endsession");
		assertThat(AccountSteps.queryParameter(location, "client_id")).isEqualTo("medskapa-staff");
		assertThat(AccountSteps.queryParameter(location, "post_logout_redirect_uri"))
			.isEqualTo("http://localhost/?signedOut");
		mvc.perform(get("/staff").session(flow.session())).andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldEndTheResidentsEidSessionOnSignOut() throws Exception {
		eidProviders.configure(north.id(), provider.issuerUrl("eid-" + north.slug()).toString(), "medskapa-eid", null,
				null, null, null);
		MockHttpSession session = new MockHttpSession();
		String authorize = start("/oauth2/authorization/" + north.slug(), session);
		String number = TestIdentityNumbers.personalNumber();
		provider.enqueueCallback(new DefaultOAuth2TokenCallback("eid-" + north.slug(), "subject-" + number, "JWT", null,
				Map.of(EidProvider.SWEDISH_IDENTITY_CLAIM, number), 3600));
		assertThat(back(authorize, session, UnaryOperator.identity()).getResponse().getRedirectedUrl())
			.isEqualTo("/account");

		MvcResult out = mvc.perform(post("/logout").session(session).with(csrf())).andReturn();

		assertThat(out.getResponse().getRedirectedUrl())
			.startsWith(provider.issuerUrl("eid-" + north.slug()) + "/endsession")
			.contains("client_id=medskapa-eid");
	}

	@Test
	void shouldSignOutAPasswordSessionAtHomeOnly() throws Exception {
		TestStaff handler = staff(north, StaffRole.HANDLER);
		MockHttpSession session = AccountSteps.signIn(mvc, handler, AccountSteps.newClient());

		MvcResult out = mvc.perform(post("/logout").session(session).with(csrf())).andReturn();

		assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/?signedOut");
	}

	@Test
	void shouldLetTheAdminSetTheDirectoryAndKeepWhatWasTypedOnAnError() throws Exception {
		TestStaff admin = staff(north, StaffRole.MUNICIPALITY_ADMIN);
		String page = mvc.perform(get(north.path("/admin/sign-in")).with(admin.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(issuer(north), "/login/oauth2/code/staff." + north.slug());

		String refused = mvc
			.perform(post(north.path("/admin/sign-in")).with(admin.signedIn())
				.with(csrf())
				.param("issuer", "not an address")
				.param("clientId", "typed-client")
				.param("roleGroups[HANDLER]", "typed-group"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("error-summary", "not an address", "typed-client", "typed-group");

		String newIssuer = provider.issuerUrl("north-new").toString();
		mvc.perform(post(north.path("/admin/sign-in")).with(admin.signedIn())
			.with(csrf())
			.param("issuer", newIssuer)
			.param("clientId", "new-client")
			.param("enabled", "true")
			.param("roleGroups[HANDLER]", "a, b")
			.param("roleGroups[PLATFORM_OPERATOR]", "sneaky")).andExpect(status().is3xxRedirection());
		StaffSsoProvider saved = providers.ofMunicipality(north.id()).orElseThrow();
		assertThat(saved.issuer()).isEqualTo(newIssuer);
		assertThat(saved.clientId()).isEqualTo("new-client");
		assertThat(saved.roleGroups()).isEqualTo(Map.of(StaffRole.HANDLER, Set.of("a", "b")));
		assertThat(start("/oauth2/authorization/staff." + north.slug(), new MockHttpSession()))
			.as("used from the next sign-in, no restart")
			.startsWith(newIssuer);

		TestStaff southAdmin = staff(south, StaffRole.MUNICIPALITY_ADMIN);
		mvc.perform(get(north.path("/admin/sign-in")).with(southAdmin.signedIn())).andExpect(status().isForbidden());
		mvc.perform(post(north.path("/admin/sign-in")).with(southAdmin.signedIn())
			.with(csrf())
			.param("issuer", "https://evil.example")
			.param("clientId", "evil")).andExpect(status().isForbidden());
		assertThat(providers.ofMunicipality(north.id()).orElseThrow().issuer()).isEqualTo(newIssuer);
	}

	private StaffSsoSettings settings(String issuer, boolean createAccounts, Map<StaffRole, Set<String>> groups) {
		return new StaffSsoSettings(issuer, "medskapa-staff", null, null, MFA_ACR, null, null, createAccounts, true,
				groups);
	}

	private TestStaff staff(TestMunicipality municipality, StaffRole... roles) {
		return TestStaff.create(directory, users, municipality.id(), EnumSet.copyOf(List.of(roles)), List.of());
	}

	private void assertRefused(Flow flow, String code) throws Exception {
		assertThat(flow.result().getResponse().getRedirectedUrl()).isEqualTo("/staff/login?sso=" + code);
		assertThat(flow.principal()).isNull();
		String page = mvc.perform(get(flow.result().getResponse().getRedirectedUrl()).session(flow.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(message("staffLogin.sso.failure.heading", "sv"),
				message("staffLogin.sso.failure." + code, "sv"));
	}

	private String message(String key, String language) {
		return messages.getMessage(key, null, Locale.forLanguageTag(language)).replace("’", "&#39;").substring(0, 20);
	}

	private String issuer(TestMunicipality municipality) {
		return provider.issuerUrl("dir-" + municipality.slug()).toString();
	}

	private static Map<String, Object> claims(String email, List<String> amr) {
		return claims("directory-" + UUID.randomUUID(), email, amr);
	}

	private static Map<String, Object> claims(String subject, String email, List<String> amr) {
		Map<String, Object> claims = new HashMap<>();
		claims.put("sub", subject);
		claims.put("email", email);
		claims.put("name", "Test Testsson");
		if (amr != null) {
			claims.put("amr", amr);
		}
		return claims;
	}

	record Flow(MvcResult result, MockHttpSession session, StaffPrincipal principal) {
	}

	private Flow signIn(TestMunicipality municipality, Map<String, Object> claims) throws Exception {
		return signIn(municipality, claims, UnaryOperator.identity(), UnaryOperator.identity());
	}

	private Flow signIn(TestMunicipality municipality, Map<String, Object> claims, UnaryOperator<String> authorize,
			UnaryOperator<String> callback) throws Exception {
		return flow(municipality, new MockHttpSession(), claims, authorize, callback);
	}

	/**
	 * Starts at {@code /oauth2/authorization/staff.<slug>}, lets the provider answer
	 * (with the claims, unless a callback is already queued), and comes back.
	 */
	private Flow flow(TestMunicipality municipality, MockHttpSession session, Map<String, Object> claims,
			UnaryOperator<String> authorize, UnaryOperator<String> callback) throws Exception {
		String authorizeUrl = authorize.apply(start(
				"/oauth2/authorization/" + MunicipalityClientRegistrations.staffRegistrationId(municipality.slug()),
				session));
		if (claims != null) {
			String issuerId = URI.create(authorizeUrl).getPath().split("/")[1];
			provider.enqueueCallback(
					new DefaultOAuth2TokenCallback(issuerId, (String) claims.get("sub"), "JWT", null, claims, 3600));
		}
		MvcResult result = back(authorizeUrl, session, callback);
		return new Flow(result, session, signedIn(session));
	}

	private MvcResult back(String authorizeUrl, MockHttpSession session, UnaryOperator<String> callback)
			throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(authorizeUrl)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
		URI back = URI.create(callback.apply(answer.headers().firstValue("Location").orElseThrow()));
		return mvc.perform(get(URI.create(back.getRawPath() + "?" + back.getRawQuery())).session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn();
	}

	private String start(String path, MockHttpSession session) throws Exception {
		return mvc.perform(get(path).session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private Authentication authentication(MockHttpSession session) {
		String id = MockMvcSessions.storedId(session);
		Session stored = id == null ? null : sessions.findById(id);
		Object context = stored == null ? null
				: stored.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return context instanceof SecurityContext security ? security.getAuthentication() : null;
	}

	private StaffPrincipal signedIn(MockHttpSession session) {
		Authentication authentication = authentication(session);
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal ? principal
				: null;
	}

	private List<String> authorities(MockHttpSession session) {
		return authentication(session).getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

}
