package se.medskapa.accounts;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.Cookie;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
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
import se.medskapa.support.TestResidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Residents' e-ID against a real OpenID provider running in the test
 * ({@code mock-oauth2-server}, issuing the claims of DIGG's Swedish profile): two
 * municipalities, each with its own provider (issuer), configured in the database while
 * the application runs.
 */
@Tag("persistence")
@ExtendWith(OutputCaptureExtension.class)
class EidLoginTests extends IntegrationTest {

	static final String LOA3 = "http://id.elegnamnden.se/loa/1.0/loa3";

	static final String LOA2 = "http://id.elegnamnden.se/loa/1.0/loa2";

	static MockOAuth2Server provider;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	EidProviders providers;

	@Autowired
	ResidentIdentities identities;

	@Autowired
	Residents residents;

	@Autowired
	SessionRepository<? extends Session> sessions;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	TestMunicipality north;

	TestMunicipality south;

	@AfterEach
	void stopProvider() {
		provider.shutdown();
	}

	/**
	 * A provider of its own per test: an answer queued for a sign-in that a test refuses
	 * before the token request would otherwise go to the next test.
	 */
	@BeforeEach
	void twoMunicipalitiesWithTheirOwnProviders() {
		provider = new MockOAuth2Server();
		provider.start();
		north = TestMunicipality.register(municipalities, organisation);
		south = TestMunicipality.register(municipalities, organisation);
		providers.configure(north.id(), issuer(north), "medskapa-north", null, LOA3, null, null);
		providers.configure(south.id(), issuer(south), "medskapa-south", null, null, null, null);
		System.setProperty(MunicipalityClientRegistrations.SECRET_PROPERTY + north.slug(), "north-secret");
	}

	@Test
	void shouldSignInByEidAndFindTheSameAccountTheNextTime() throws Exception {
		String number = TestIdentityNumbers.personalNumber();

		Flow first = signIn(north, claims(number, LOA3, "Anna Andersson"));
		assertThat(first.result().getResponse().getRedirectedUrl()).isEqualTo("/account");
		ResidentPrincipal resident = first.resident();
		assertThat(residents.profile(resident.id()).orElseThrow().displayName()).isEqualTo("Anna Andersson");
		assertThat(identities.verifiedIdentity(resident.id()).orElseThrow().levelOfAssurance()).isEqualTo(LOA3);

		Flow again = signIn(north, claims(number, LOA3, "Anna Andersson"));
		assertThat(again.resident().id()).isEqualTo(resident.id());
		mvc.perform(get("/account").session(again.session())).andExpect(status().isOk());
	}

	@Test
	void shouldAskTheProviderForTheLevelOfAssuranceAndTheLanguage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String authorize = startAt(north, session);
		assertThat(parameter(authorize, "acr_values")).isEqualTo(LOA3);
		assertThat(parameter(authorize, "scope")).contains("openid", "https://id.oidc.se/scope/naturalPersonNumber");
		assertThat(parameter(authorize, "nonce")).isNotBlank();
		assertThat(authorize).startsWith(issuer(north));
	}

	@Test
	void shouldLinkEidToTheAccountSignedInByEmailAndFindItByEidLater() throws Exception {
		ResidentPrincipal byEmail = TestResidents.create(residents);
		MockHttpSession session = AccountSteps.residentSession(byEmail);
		MvcResult link = mvc
			.perform(get(north.path("/e-id/link")).param("returnTo", north.path("/contact-bank")).session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(link.getResponse().getRedirectedUrl()).isEqualTo("/oauth2/authorization/" + north.slug());
		String number = TestIdentityNumbers.personalNumber();

		Flow linked = continueAt(north, session, claims(number, LOA3, "Anna Andersson"), UnaryOperator.identity(),
				UnaryOperator.identity());
		assertThat(linked.result().getResponse().getRedirectedUrl())
			.isEqualTo(north.path("/contact-bank") + "?eid=linked");
		assertThat(linked.resident().id()).isEqualTo(byEmail.id());
		assertThat(linked.resident().email()).isEqualTo(byEmail.email());

		Flow later = signIn(south, claims(number, LOA3, "Anna Andersson"));
		assertThat(later.resident().id()).as("the same person through the other municipality's provider")
			.isEqualTo(byEmail.id());
	}

	@Test
	void shouldRefuseToLinkAnEidThatBelongsToAnotherAccountAndKeepTheResidentSignedIn() throws Exception {
		String number = TestIdentityNumbers.personalNumber();
		ResidentPrincipal owner = signIn(north, claims(number, LOA3, null)).resident();
		ResidentPrincipal other = TestResidents.create(residents);
		MockHttpSession session = AccountSteps.residentSession(other);
		mvc.perform(get(north.path("/e-id/link")).session(session)).andExpect(status().is3xxRedirection());

		Flow refused = continueAt(north, session, claims(number, LOA3, null), UnaryOperator.identity(),
				UnaryOperator.identity());

		assertThat(refused.result().getResponse().getRedirectedUrl()).isEqualTo("/account?eid=linked-elsewhere");
		assertThat(refused.resident().id()).isEqualTo(other.id());
		assertThat(identities.verifiedIdentity(other.id())).isEmpty();
		assertThat(identities.verifiedIdentity(owner.id())).isPresent();
	}

	@Test
	void shouldNeverKeepTheIdentityNumberInTheDatabaseOrTheLogs(CapturedOutput output) throws Exception {
		String number = TestIdentityNumbers.personalNumber();
		Flow flow = signIn(north, claims(number, LOA3, "Bertil Berg"));
		assertThat(flow.resident()).isNotNull();
		signIn(north, claims(number, "no-such-level", null));

		assertThat(tablesContaining(number)).isEmpty();
		assertThat(tablesContaining(number.substring(2))).isEmpty();
		assertThat(output.getAll()).doesNotContain(number).doesNotContain(number.substring(2));
	}

	@Test
	void shouldRefuseATamperedState() throws Exception {
		Flow flow = signIn(north, claims(TestIdentityNumbers.personalNumber(), LOA3, null), UnaryOperator.identity(),
				callback -> callback.replaceFirst("state=[^&]+", "state=tampered"));
		assertRefused(flow, north, "failed");
	}

	@Test
	void shouldRefuseAWrongNonce() throws Exception {
		Flow flow = signIn(north, claims(TestIdentityNumbers.personalNumber(), LOA3, null),
				authorize -> authorize.replaceFirst("nonce=[^&]+", "nonce=someone-elses"), UnaryOperator.identity());
		assertRefused(flow, north, "failed");
	}

	@Test
	void shouldRefuseAnExpiredToken() throws Exception {
		String number = TestIdentityNumbers.personalNumber();
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(north.slug(), "subject-" + number, "JWT", null,
				claims(number, LOA3, null), -3600));
		Flow flow = flow(north, new MockHttpSession(), null, UnaryOperator.identity(), UnaryOperator.identity(), true);
		assertRefused(flow, north, "failed");
	}

	@Test
	void shouldRefuseATokenOfTheOtherMunicipalitysProvider() throws Exception {
		Map<String, Object> claims = claims(TestIdentityNumbers.personalNumber(), null, null);
		claims.put("iss", issuer(north));
		Flow flow = signIn(south, claims);
		assertRefused(flow, south, "failed");
	}

	@Test
	void shouldRefuseALowerLevelOfAssuranceThanTheMunicipalityAsks() throws Exception {
		Flow flow = signIn(north, claims(TestIdentityNumbers.personalNumber(), LOA2, null));
		assertRefused(flow, north, "level-too-low");
	}

	@Test
	void shouldRefuseAnAnswerWithoutAValidIdentityNumber() throws Exception {
		Flow flow = signIn(south, claims("199001011234", null, null));
		assertRefused(flow, south, "no-number");
	}

	@Test
	void shouldAcceptACoordinationNumber() throws Exception {
		Flow flow = signIn(south, claims(TestIdentityNumbers.coordinationNumber(), null, null));
		assertThat(flow.resident()).isNotNull();
	}

	@Test
	void shouldOfferEidBesideTheEmailLinkOnlyWhereTheMunicipalityHasAProvider() throws Exception {
		TestMunicipality without = TestMunicipality.register(municipalities, organisation);
		String withEid = mvc.perform(get(north.path("/login"))).andReturn().getResponse().getContentAsString();
		String withoutEid = mvc.perform(get(without.path("/login"))).andReturn().getResponse().getContentAsString();

		assertThat(withEid).contains("/oauth2/authorization/" + north.slug(), "BankID / Freja", "name=\"email\"");
		assertThat(withoutEid).doesNotContain("/oauth2/authorization/").contains("name=\"email\"");
	}

	@Test
	void shouldExplainARefusalInSwedishAndEnglishWithWhatElseToDo() throws Exception {
		String swedish = mvc.perform(get(north.path("/login")).param("eid", "failed"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String english = mvc
			.perform(get(north.path("/login")).param("eid", "level-too-low").cookie(new Cookie("medskapa-lang", "en")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(swedish).contains(message("eid.failure.failed", "sv"), message("eid.failure.alternative", "sv"));
		assertThat(english).contains(message("eid.failure.level-too-low", "en"),
				message("eid.failure.alternative", "en"));
	}

	@Test
	void shouldUseAChangedProviderWithoutARestart() throws Exception {
		signIn(south, claims(TestIdentityNumbers.personalNumber(), null, null));
		// The operator moves the south to another issuer (its new identity server).
		jdbc.sql("update eid_provider set issuer = ?, updated_at = clock_timestamp() where municipality_id = ?")
			.params(provider.issuerUrl("south-new").toString(), south.id())
			.update();

		MockHttpSession session = new MockHttpSession();
		assertThat(startAt(south, session)).startsWith(provider.issuerUrl("south-new").toString());
	}

	@Test
	void shouldGiveOnePersonOneAccountEvenWhenSigningInTwiceAtOnce() throws Exception {
		String number = TestIdentityNumbers.personalNumber();
		int threads = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Long>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				Callable<Long> signIn = () -> {
					start.await();
					return identities.signIn(north.id(), number, LOA3, null, null).resident().id();
				};
				results.add(pool.submit(signIn));
			}
			start.countDown();
			List<Long> ids = new ArrayList<>();
			for (Future<Long> result : results) {
				ids.add(result.get());
			}
			assertThat(ids).containsOnly(ids.get(0));
		}
		finally {
			pool.shutdown();
		}
	}

	private void assertRefused(Flow flow, TestMunicipality municipality, String code) throws Exception {
		assertThat(flow.result().getResponse().getRedirectedUrl()).isEqualTo(municipality.path("/login?eid=" + code));
		assertThat(flow.resident()).isNull();
		String page = mvc.perform(get(flow.result().getResponse().getRedirectedUrl()).session(flow.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(message("eid.failure.heading", "sv"));
	}

	private String message(String key, String language) {
		return messages.getMessage(key, null, Locale.forLanguageTag(language)).replace("’", "&#39;").substring(0, 20);
	}

	private List<String> tablesContaining(String text) {
		String hex = HexFormat.of().formatHex(text.getBytes(StandardCharsets.US_ASCII));
		List<String> found = new ArrayList<>();
		for (String table : jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'""").query(String.class).list()) {
			long rows = jdbc
				.sql("select count(*) from \"" + table + "\" t where t::text like '%' || ? || '%' "
						+ "or t::text like '%' || ? || '%'")
				.params(text, hex)
				.query(Long.class)
				.single();
			if (rows > 0) {
				found.add(table);
			}
		}
		return found;
	}

	private static String issuer(TestMunicipality municipality) {
		return provider.issuerUrl(municipality.slug()).toString();
	}

	private static Map<String, Object> claims(String number, String acr, String name) {
		Map<String, Object> claims = new HashMap<>();
		claims.put(EidProvider.SWEDISH_IDENTITY_CLAIM, number);
		if (acr != null) {
			claims.put("acr", acr);
		}
		if (name != null) {
			claims.put("name", name);
		}
		return claims;
	}

	record Flow(MvcResult result, MockHttpSession session, ResidentPrincipal resident) {
	}

	private Flow signIn(TestMunicipality municipality, Map<String, Object> claims) throws Exception {
		return signIn(municipality, claims, UnaryOperator.identity(), UnaryOperator.identity());
	}

	private Flow signIn(TestMunicipality municipality, Map<String, Object> claims, UnaryOperator<String> authorize,
			UnaryOperator<String> callback) throws Exception {
		return flow(municipality, new MockHttpSession(), claims, authorize, callback, true);
	}

	private Flow continueAt(TestMunicipality municipality, MockHttpSession session, Map<String, Object> claims,
			UnaryOperator<String> authorize, UnaryOperator<String> callback) throws Exception {
		return flow(municipality, session, claims, authorize, callback, true);
	}

	/**
	 * Starts at {@code /oauth2/authorization/<slug>}, lets the provider answer (with the
	 * claims, unless a callback is already queued), and comes back to the application.
	 */
	private Flow flow(TestMunicipality municipality, MockHttpSession session, Map<String, Object> claims,
			UnaryOperator<String> authorize, UnaryOperator<String> callback, boolean enqueue) throws Exception {
		String authorizeUrl = authorize.apply(startAt(municipality, session));
		if (claims != null && enqueue) {
			String issuerId = URI.create(authorizeUrl).getPath().split("/")[1];
			provider.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId,
					"subject-" + claims.get(EidProvider.SWEDISH_IDENTITY_CLAIM), "JWT", null, claims, 3600));
		}
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(authorizeUrl)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
		URI back = URI.create(callback.apply(answer.headers().firstValue("Location").orElseThrow()));
		// as a URI: a template would encode the provider's encoded state a second time
		MvcResult result = mvc.perform(get(URI.create(back.getRawPath() + "?" + back.getRawQuery())).session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return new Flow(result, session, signedIn(session));
	}

	private String startAt(TestMunicipality municipality, MockHttpSession session) throws Exception {
		MvcResult start = mvc.perform(get("/oauth2/authorization/" + municipality.slug()).session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return start.getResponse().getRedirectedUrl();
	}

	private ResidentPrincipal signedIn(MockHttpSession session) throws Exception {
		MvcResult account = mvc.perform(get("/account").session(session)).andReturn();
		if (account.getResponse().getStatus() != 200) {
			return null;
		}
		String id = MockMvcSessions.storedId(session);
		Session stored = id == null ? null : sessions.findById(id);
		Object context = stored == null ? null
				: stored.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return context instanceof SecurityContext security
				&& security.getAuthentication().getPrincipal() instanceof ResidentPrincipal resident ? resident : null;
	}

	private static String parameter(String url, String name) {
		for (String pair : URI.create(url).getRawQuery().split("&")) {
			if (pair.startsWith(name + "=")) {
				return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

}
