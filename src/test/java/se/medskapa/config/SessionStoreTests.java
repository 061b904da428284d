package se.medskapa.config;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, ADR 0014), so each one is a database
 * row: an anonymous visitor of a public page must not open one (the CSRF token of the
 * page's forms is in a cookie of its own), and signing in opens exactly one. The cookies
 * are HttpOnly, SameSite=Lax and Secure when the request is.
 */
@Tag("persistence")
class SessionStoreTests extends IntegrationTest {

	static final String SESSION_COOKIE = "SESSION";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	@Test
	void shouldOpenNoSessionForAnAnonymousVisitorOfAPublicPage() throws Exception {
		String reference = publishedDemoCase();
		long since = databaseMillis();
		List<String> pages = List.of("/", "/boras", "/boras/cases", "/boras/cases/" + reference, "/boras/cases/new",
				"/boras/implemented", "/boras/statistics", "/login", "/staff/login", "/accessibility");

		for (String page : pages) {
			MvcResult result = mvc.perform(get(page)).andReturn();
			assertThat(result.getResponse().getStatus()).as(page).isEqualTo(200);
			assertThat(setCookies(result)).as(page + ": no session cookie")
				.noneMatch(cookie -> cookie.startsWith(SESSION_COOKIE + "="));
			assertThat(result.getRequest().getSession(false)).as(page + ": no session").isNull();
		}
		// The forms still carry their token: the intake form, for one. (The public case
		// page offers a visitor a link to sign in for following, issue 14.)
		MvcResult intakePage = mvc.perform(get("/boras/cases/new")).andReturn();
		assertThat(intakePage.getResponse().getContentAsString()).contains("name=\"_csrf\"");
		assertThat(intakePage.getResponse().getCookie(CookieCsrfTokens.COOKIE)).isNotNull();

		assertThat(sessionsCreatedSince(since)).as("session rows written by anonymous page views").isZero();
	}

	@Test
	void shouldSendAnAnonymousFollowerToSignInWithoutOpeningASession() throws Exception {
		String reference = publishedDemoCase();
		// A follow posted from a page that a visitor kept open from before (the page now
		// offers a link to sign in, issue 14), with the token of a form they were shown.
		MvcResult page = mvc.perform(get("/boras/cases/new")).andReturn();
		Cookie csrfCookie = page.getResponse().getCookie(CookieCsrfTokens.COOKIE);
		String token = Jsoup.parse(page.getResponse().getContentAsString())
			.select("form input[name=_csrf]")
			.attr("value");
		long since = databaseMillis();

		MvcResult follow = mvc
			.perform(post("/boras/cases/" + reference + "/follow").cookie(csrfCookie).param("_csrf", token))
			.andReturn();

		assertThat(follow.getResponse().getStatus()).isEqualTo(302);
		assertThat(follow.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(sessionsCreatedSince(since)).isZero();
		// Without the cookie the token alone is refused: it is checked against the
		// cookie.
		assertThat(mvc.perform(post("/boras/cases/" + reference + "/follow").param("_csrf", token))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void shouldStoreOneSessionAtSignInBehindAnHttpOnlyLaxCookie() throws Exception {
		TestStaff staff = handler();
		long since = databaseMillis();

		MvcResult signIn = mvc.perform(passwordStep(staff)).andReturn();

		assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/staff/login/second-factor");
		String cookie = sessionCookie(signIn);
		assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
		assertThat(sessionsCreatedSince(since)).isOne();
		// The cookie alone, as a browser sends it, finds the stored session.
		String id = cookie.substring((SESSION_COOKIE + "=").length(), cookie.indexOf(';'));
		mvc.perform(get("/staff/login/second-factor").cookie(new Cookie(SESSION_COOKIE, id)))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(200));
	}

	@Test
	void shouldStoreTheSessionOfAnAddressOfTwoHundredAndFiftyFourCharacters() throws Exception {
		long boras = municipalities.findBySlug("boras").orElseThrow().id();
		String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".se";
		assertThat(email).hasSize(254);
		directory.createActive(boras, email, "Lång adress", TestStaff.PASSWORD, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
				Set.of(StaffRole.HANDLER), List.of());

		MvcResult signIn = mvc
			.perform(post("/staff/login").param("email", email).param("password", TestStaff.PASSWORD).with(csrf()))
			.andReturn();

		assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/staff/login/second-factor");
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(email)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void shouldMarkTheCookiesSecureWhenTheRequestIsSecure() throws Exception {
		TestStaff staff = handler();

		MvcResult signIn = mvc.perform(passwordStep(staff).secure(true)).andReturn();
		MvcResult page = mvc.perform(get("/login").secure(true)).andReturn();

		assertThat(sessionCookie(signIn)).contains("Secure");
		assertThat(page.getResponse().getCookie(CookieCsrfTokens.COOKIE).getSecure()).isTrue();
		assertThat(mvc.perform(get("/login")).andReturn().getResponse().getCookie(CookieCsrfTokens.COOKIE).getSecure())
			.as("positive control: plain HTTP")
			.isFalse();
	}

	private String publishedDemoCase() {
		return jdbc.sql("""
				select c.reference from cases c join municipality m on m.id = c.municipality_id
				where m.slug = 'boras' and c.published order by c.id limit 1""").query(String.class).single();
	}

	private TestStaff handler() {
		long boras = municipalities.findBySlug("boras").orElseThrow().id();
		return TestStaff.create(directory, users, boras, Set.of(StaffRole.HANDLER), List.of());
	}

	private static MockHttpServletRequestBuilder passwordStep(TestStaff staff) {
		return post("/staff/login").param("email", staff.email()).param("password", staff.password()).with(csrf());
	}

	private static String sessionCookie(MvcResult result) {
		return setCookies(result).stream()
			.filter(cookie -> cookie.startsWith(SESSION_COOKIE + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + setCookies(result)));
	}

	private static List<String> setCookies(MvcResult result) {
		return result.getResponse().getHeaders(HttpHeaders.SET_COOKIE);
	}

	private long databaseMillis() {
		return jdbc.sql("select (extract(epoch from clock_timestamp()) * 1000)::bigint").query(Long.class).single();
	}

	private int sessionsCreatedSince(long millis) {
		return jdbc.sql("select count(*) from spring_session where creation_time >= ?")
			.param(millis)
			.query(Integer.class)
			.single();
	}

}
