package se.medskapa.browser;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;
import se.medskapa.support.TestTotp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * The site works with the keyboard alone: skip link, staff and resident sign-in, the
 * intake's similar-cases step, and forms that put the errors first.
 */
class KeyboardNavigationTests extends BrowserTest {

	@Autowired
	Organisation organisation;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	StaffUserDetailsService users;

	@Test
	void shouldSignInAsStaffWithTheKeyboardOnly() {
		TestStaff staff = newStaff("boras", StaffRole.MUNICIPALITY_ADMIN);
		open("/staff/login");

		skipToMainContent();
		press(Keys.TAB);
		assertFocused("#email");
		press(staff.email());
		press(Keys.TAB);
		assertFocused("#password");
		press(staff.password());
		press(Keys.TAB);
		assertFocused("main form button[type=submit]");
		waitForNewPage(() -> press(Keys.ENTER));

		assertOnPage("/staff/login/second-factor");
		skipToMainContent();
		press(Keys.TAB);
		assertFocused("#code");
		press(TestTotp.code(staff.totpSecret()));
		waitForNewPage(() -> press(Keys.ENTER));

		assertOnPage("/staff");
	}

	@Test
	void shouldMakeTheSkipLinkTheFirstFocusableElementAndMoveFocusToMain() {
		assertAll(List.of("/", "/boras", "/accessibility", "/login", "/staff/login").stream().map(path -> () -> {
			open(path);
			WebElement skipLink = find("a.skip-link");
			assertThat(isInViewport(skipLink)).as("skip link hidden until focused on " + path).isFalse();

			press(Keys.TAB);
			assertFocused("a.skip-link");
			assertThat(skipLink.getDomAttribute("href")).isEqualTo("#main");
			assertThat(isInViewport(skipLink)).as("skip link shown when focused on " + path).isTrue();
			assertThat(skipLink.getCssValue("outline-style")).as("focus indicator on " + path).isEqualTo("solid");

			press(Keys.ENTER);
			assertFocused("main#main");
		}));
	}

	@Test
	void shouldMoveFocusToTheErrorSummaryWhenAFormHasErrors() {
		open("/login");
		submitForm();
		assertFocused(".error-summary");
		press(Keys.TAB);
		assertFocused(".error-summary a[href='#email']");
		press(Keys.ENTER);
		assertFocused("#email");

		open("/accessibility");
		submitForm();
		assertFocused(".error-summary");
		press(Keys.TAB);
		assertFocused(".error-summary a[href='#description']");
		press(Keys.ENTER);
		assertFocused("#description");

		open("/staff/login?error");
		assertFocused(".error-summary");
		press(Keys.TAB);
		assertFocused("#email");
	}

	@Test
	void shouldSignInAsResidentWithTheKeyboardOnly() {
		String email = "keyboard-" + UUID.randomUUID() + "@test.medskapa.example";
		TestMailServer.Mark before = TestMailServer.mark();
		open("/login");

		// Sent empty first: the errors come first, and lead back to the field.
		skipToMainContent();
		tabTo("main form button[type=submit]");
		waitForNewPage(() -> press(Keys.ENTER));
		assertFocused(".error-summary");
		press(Keys.TAB);
		assertFocused(".error-summary a[href='#email']");
		press(Keys.ENTER);
		assertFocused("#email");
		assertFocusVisible();
		press(email);
		tabTo("main form button[type=submit]");
		waitForNewPage(() -> press(Keys.ENTER));
		assertOnPage("/login/sent");

		openLinkInMail(email, before, "/login/ott");
		assertOnPage("/login/ott");
		skipToMainContent();
		tabTo("main form button[type=submit]");
		waitForNewPage(() -> press(Keys.SPACE));
		assertOnPage("/account");
	}

	@Test
	void shouldSendACaseThroughTheSimilarCasesStepWithTheKeyboardOnly() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		String similar = publishedCase(town, "Ramp vid biblioteket");
		open(town.path("/cases/new"));

		skipToMainContent();
		tabTo("#title");
		press("Ramp vid biblioteket");
		tabTo("#description");
		press("Det behövs en ramp.");
		tabTo("main form button[type=submit]");
		waitForNewPage(() -> press(Keys.ENTER));

		// The confirmation step: the similar case is the first thing in the main content.
		assertThat(find("main form button[type=submit]").getText()).isEqualTo(message("similar.sendAnyway", "sv"));
		// The boxed notice takes the focus (UX finding 10); the next stops reach the
		// case.
		assertFocused("#similar-notice");
		tabTo("main .similar a[href$='/cases/" + similar + "']");
		assertFocusVisible();
		tabTo("main form button[type=submit]");
		waitForNewPage(() -> press(Keys.SPACE));
		assertThat(currentPath()).startsWith(town.path("/track/")).endsWith("/receipt");
	}

	/**
	 * Presses Tab until the element has the focus, each stop visibly focused; fails after
	 * as many stops as a page here could have.
	 */
	private void tabTo(String cssSelector) {
		WebElement target = find(cssSelector);
		for (int stops = 0; stops < 60; stops++) {
			press(Keys.TAB);
			assertFocusVisible();
			if (browser.switchTo().activeElement().equals(target)) {
				return;
			}
		}
		assertFocused(cssSelector);
	}

	/** The element with the focus shows the focus ring of `:focus-visible`. */
	private void assertFocusVisible() {
		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getCssValue("outline-style"))
			.as("focus indicator on <" + focused.getTagName() + " id=" + focused.getDomAttribute("id") + "> at "
					+ browser.getCurrentUrl())
			.isEqualTo("solid");
	}

	/** A case of the town published by the coach under the title. */
	private String publishedCase(TestMunicipality town, String publicTitle) {
		TestStaff coach = newStaff(town.municipality(), "Cilla Coach", List.of(), StaffRole.IDEA_COACH);
		String reference = intake
			.submit(town.municipality(),
					new CaseSubmission(CaseKind.PROPOSAL, "Ramp", "En ramp behövs.", town.roads().id(), "Biblioteket",
							null, null, true, "sv", null, null, false))
			.reference();
		handling.routeCase(users.reload(coach.id()).orElseThrow(), town.id(), reference, town.streets().id(), null,
				new PublicVersion(publicTitle, "En ramp vid bibliotekets entré."));
		return reference;
	}

	private boolean isInViewport(WebElement element) {
		Rectangle box = element.getRect();
		return box.getX() >= 0 && box.getY() >= 0 && box.getWidth() > 0;
	}

}
