package se.medskapa.browser;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.RenderedTemplates;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestStaff;
import se.medskapa.support.TestTotp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * Base of the tests that drive the running application in a real (headless) Chromium. The
 * application is the shared one of {@link IntegrationTest}; the browser is shared by all
 * browser tests, and every test starts signed out, in Swedish, in a laptop-sized window,
 * with the sign-in rate limits reset.
 */
@ExtendWith(BrowserExtension.class)
public abstract class BrowserTest extends IntegrationTest {

	private static final Duration PAGE_WAIT = Duration.ofSeconds(10);

	/** 320 CSS pixels wide: the width WCAG 1.4.10 asks pages to reflow to. */
	protected static final Dimension NARROW = new Dimension(320, 800);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffDirectory staffDirectory;

	@Autowired
	StaffUserDetailsService staffUsers;

	@Autowired
	Municipalities municipalities;

	@Autowired
	MessageSource messages;

	protected WebDriver browser;

	private static final Set<Class<?>> CLASSES_RUN = ConcurrentHashMap.newKeySet();

	/** The browser test classes of which at least one test has started in this JVM. */
	static Set<Class<?>> classesRun() {
		return Set.copyOf(CLASSES_RUN);
	}

	@BeforeEach
	void startSignedOut(WebDriver driver) {
		CLASSES_RUN.add(getClass());
		this.browser = driver;
		if (!driver.getCurrentUrl().startsWith(url(""))) {
			// Cookies can only be deleted for the site the browser is on.
			driver.get(url("/css/medskapa.css"));
		}
		driver.manage().deleteAllCookies();
		if (!driver.manage().window().getSize().equals(HeadlessChromium.WINDOW)) {
			driver.manage().window().setSize(HeadlessChromium.WINDOW);
		}
		// Every sign-in here is a POST to a rate-limited endpoint; the suite would
		// otherwise hit the limit.
		jdbc.sql("delete from rate_limit_counter").update();
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void open(String path) {
		browser.get(url(path));
	}

	/**
	 * Opens the page with {@code ?lang=en}; the choice is kept in a cookie for the rest
	 * of the test.
	 */
	protected void openInEnglish(String path) {
		open(path + (path.contains("?") ? "&" : "?") + "lang=en");
	}

	/** The path of the page the browser shows, without query or fragment. */
	protected String currentPath() {
		return URI.create(browser.getCurrentUrl()).getPath();
	}

	protected WebElement find(String cssSelector) {
		return browser.findElement(By.cssSelector(cssSelector));
	}

	protected void type(String cssSelector, String text) {
		WebElement field = find(cssSelector);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Presses the form's submit button in the main content and waits for the page that
	 * answers.
	 */
	protected void submitForm() {
		submitForm("main form");
	}

	/**
	 * Presses the submit button of the form the selector finds (on pages with several)
	 * and waits.
	 */
	protected void submitForm(String formSelector) {
		WebElement button = find(formSelector + " button[type=submit]");
		waitForNewPage(button::click);
	}

	/**
	 * Runs the action (a click, a key press) and waits until the browser shows a newly
	 * loaded page.
	 */
	protected void waitForNewPage(Runnable action) {
		JavascriptExecutor page = (JavascriptExecutor) browser;
		page.executeScript("window.medskapaOldPage = true");
		action.run();
		new WebDriverWait(browser, PAGE_WAIT, Duration.ofMillis(25)).ignoring(WebDriverException.class)
			.withMessage(() -> "no new page loaded; still at " + browser.getCurrentUrl())
			.until(driver -> Boolean.TRUE.equals(page
				.executeScript("return window.medskapaOldPage === undefined && document.readyState === 'complete'")));
	}

	/**
	 * Unfolds an action of the staff case page's panel ({@code #action-<form>}, or
	 * {@code more}) unless it stands open already (the primary action, a refused one).
	 */
	protected void openStaffCaseAction(String form) {
		WebElement place = find("#action-" + form);
		WebElement details = place.getTagName().equals("details") ? place
				: place.findElement(By.xpath("ancestor::details[1]"));
		if (details.getDomAttribute("open") == null) {
			details.findElement(By.cssSelector(":scope > summary")).click();
		}
	}

	protected void assertOnPage(String path) {
		assertThat(currentPath()).as("page shown").isEqualTo(path);
	}

	protected void assertLanguage(String language) {
		assertThat(find("html").getDomAttribute("lang")).as("language of " + browser.getCurrentUrl())
			.isEqualTo(language);
	}

	/** The text of a message key in the language, as the page should show it. */
	protected String message(String key, String language) {
		return messages.getMessage(key, null, Locale.forLanguageTag(language));
	}

	protected void assertHeading(String key, String language) {
		assertThat(find("h1").getText()).as("heading of " + browser.getCurrentUrl()).isEqualTo(message(key, language));
	}

	/**
	 * The form shows its errors: the summary at the top, and inline at invalid fields.
	 */
	protected void assertFormErrorsShown() {
		List<WebElement> links = browser.findElements(By.cssSelector(".error-summary li a"));
		assertThat(links).as("error summary links").isNotEmpty();
		for (WebElement link : links) {
			String target = link.getDomAttribute("href");
			assertThat(browser.findElements(By.id(target.substring(1))))
				.as("field the error summary link '" + link.getText() + "' (" + target + ") leads to")
				.hasSize(1);
		}
		assertThat(browser.findElements(By.cssSelector(".error-message"))).as("inline errors").isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("[aria-invalid=true]"))).as("fields marked invalid")
			.isNotEmpty();
	}

	/**
	 * The fields' autocomplete purposes (WCAG 1.3.5: fields asking for the user's own
	 * data say what it is, so browsers and assistive tools can fill it in; fields for
	 * someone else's data must not offer the user's).
	 */
	protected void assertAutocomplete(Map<String, String> purposeById) {
		purposeById.forEach((id, purpose) -> assertThat(find("#" + id).getDomAttribute("autocomplete"))
			.as("autocomplete of #" + id + " on " + browser.getCurrentUrl())
			.isEqualTo(purpose));
	}

	/**
	 * Checks the page the browser shows now with axe; fails listing every violation. A
	 * pass is noted with the page's template and the viewport width it was checked at,
	 * for {@link EveryPageTemplateCheckedTests}.
	 */
	protected void assertAccessible() {
		Axe.assertNoViolations(browser);
		URI shown = URI.create(browser.getCurrentUrl());
		String template = RenderedTemplates
			.templateAt(shown.getRawPath() + (shown.getRawQuery() == null ? "" : "?" + shown.getRawQuery()));
		if (template != null) {
			RenderedTemplates.axePassed(template, viewportWidth());
		}
	}

	/** The width of the viewport in CSS pixels, as the page sees it. */
	protected int viewportWidth() {
		return ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).intValue();
	}

	/**
	 * Makes the window 320 CSS pixels wide and checks the page really got that width (a
	 * browser that clamps the window would otherwise check a wider page unnoticed).
	 */
	protected void narrowWindow() {
		browser.manage().window().setSize(NARROW);
		assertThat(viewportWidth()).as("viewport width after narrowing the window").isEqualTo(NARROW.getWidth());
	}

	/**
	 * Checks the page the browser shows with axe in the laptop-sized window, then at 320
	 * CSS pixels (a phone, or a laptop zoomed to 400 %), where it must also reflow
	 * without scrolling sideways (WCAG 1.4.10). The same page is measured again, not
	 * loaded again, so a page in a state reached by posting forms is checked too.
	 */
	protected void assertAccessibleWideAndNarrow() {
		assertAccessible();
		try {
			narrowWindow();
			assertNoSidewaysScrolling();
			assertAccessible();
		}
		finally {
			browser.manage().window().setSize(HeadlessChromium.WINDOW);
		}
	}

	/** The page fits the window's width: nothing makes it scroll sideways. */
	protected void assertNoSidewaysScrolling() {
		List<?> scrollAndClient = (List<?>) ((JavascriptExecutor) browser)
			.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
		assertThat(((Number) scrollAndClient.get(0)).intValue())
			.as("content width (must fit the %s px window) of %s", scrollAndClient.get(1), browser.getCurrentUrl())
			.isLessThanOrEqualTo(((Number) scrollAndClient.get(1)).intValue());
	}

	/**
	 * From a freshly loaded page: Tab reaches the skip link first, Enter follows it to
	 * the main content.
	 */
	protected void skipToMainContent() {
		press(Keys.TAB);
		assertFocused("a.skip-link");
		press(Keys.ENTER);
		assertFocused("main#main");
	}

	/** Sends keys to whatever has the focus, as a person at the keyboard does. */
	protected void press(CharSequence keys) {
		new Actions(browser).sendKeys(keys).perform();
	}

	protected void assertFocused(String cssSelector) {
		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused)
			.as("focus on " + cssSelector + " at " + browser.getCurrentUrl() + ", not on <" + focused.getTagName()
					+ " id=" + focused.getDomAttribute("id") + " class=" + focused.getDomAttribute("class") + ">")
			.isEqualTo(find(cssSelector));
	}

	/**
	 * Opens each page (it must not redirect elsewhere) and checks it with axe at both
	 * widths; reports every failing page.
	 */
	protected void assertPagesAccessible(String language, List<String> paths) {
		assertAll("pages in " + language, paths.stream().map(path -> (Executable) () -> {
			if ("en".equals(language)) {
				openInEnglish(path);
			}
			else {
				open(path);
			}
			assertOnPage(URI.create(path).getPath());
			assertLanguage(language);
			assertAccessibleWideAndNarrow();
		}));
	}

	/**
	 * A fresh staff member of the municipality (null: the installation), signed in with
	 * neither factor yet.
	 */
	protected TestStaff newStaff(String municipalitySlug, StaffRole... roles) {
		Long municipalityId = municipalitySlug == null ? null
				: municipalities.findBySlug(municipalitySlug).orElseThrow().id();
		return TestStaff.create(staffDirectory, staffUsers, municipalityId, Set.copyOf(Arrays.asList(roles)),
				List.of());
	}

	/**
	 * A fresh staff member of the municipality and its units, with the name shown on
	 * pages and in mails.
	 */
	protected TestStaff newStaff(Municipality municipality, String displayName, List<Long> unitIds,
			StaffRole... roles) {
		TestStaff staff = TestStaff.create(staffDirectory, staffUsers, municipality.id(),
				Set.copyOf(Arrays.asList(roles)), unitIds);
		jdbc.sql("update staff_account set display_name = ? where id = ?").params(displayName, staff.id()).update();
		return staff;
	}

	/** The staff member as the use cases see them, to act on cases without the pages. */
	protected StaffPrincipal principal(TestStaff staff) {
		return staffUsers.reload(staff.id()).orElseThrow();
	}

	/**
	 * Signs out by forgetting the session, as closing the browser would; the next sign-in
	 * starts afresh.
	 */
	protected void signOut() {
		browser.manage().deleteAllCookies();
	}

	/** The row of the case in the staff case table on the page. */
	protected WebElement tableRow(String reference) {
		return find("tr[data-reference='" + reference + "']");
	}

	/** Types the password on the sign-in page; the browser then shows the code page. */
	protected void enterStaffPassword(TestStaff staff) {
		open("/staff/login");
		type("#email", staff.email());
		type("#password", staff.password());
		submitForm();
		assertOnPage("/staff/login/second-factor");
	}

	/**
	 * Signs in through the real pages, password then TOTP code, and lands on the staff
	 * start page.
	 */
	protected void signInAsStaff(TestStaff staff) {
		enterStaffPassword(staff);
		type("#code", TestTotp.code(staff.totpSecret()));
		submitForm();
		assertOnPage("/staff");
	}

	/** A six-digit code the staff member's authenticator shows in no step near now. */
	protected static String wrongCode(TestStaff staff) {
		Instant now = Instant.now();
		Set<String> near = new HashSet<>();
		for (int step = -2; step <= 2; step++) {
			near.add(TestTotp.code(staff.totpSecret(), now.plusSeconds(30L * step)));
		}
		int candidate = 0;
		while (near.contains(String.format("%06d", candidate))) {
			candidate++;
		}
		return String.format("%06d", candidate);
	}

	/**
	 * Asks for a sign-in link at /login, opens it from the e-mail and confirms; lands on
	 * "My account".
	 */
	protected void signInAsResident(String email) {
		TestMailServer.Mark before = TestMailServer.mark();
		open("/login");
		type("#email", email);
		submitForm();
		assertOnPage("/login/sent");
		openLinkInMail(email, before, "/login/ott");
		assertOnPage("/login/ott");
		submitForm();
		assertOnPage("/account");
	}

	/**
	 * Opens the link to the path in the one mail to the address that has such a link, on
	 * this test server (the application's base URL in tests does not know the random
	 * port).
	 */
	protected void openLinkInMail(String email, String path) {
		openLinkInMail(email, TestMailServer.Mark.START, path);
	}

	/** As {@link #openLinkInMail(String, String)}, among the mails since the mark. */
	protected void openLinkInMail(String email, TestMailServer.Mark since, String path) {
		MimeMessage mail = TestMailServer.awaitMailWithLink(email, since, path);
		URI link = URI.create(TestMailServer.linkIn(mail, path));
		open(link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery()));
	}

}
