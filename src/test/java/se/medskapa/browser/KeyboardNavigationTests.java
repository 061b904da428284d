package se.medskapa.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

import se.medskapa.accounts.StaffRole;
import se.medskapa.support.TestStaff;
import se.medskapa.support.TestTotp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * The site works with the keyboard alone: skip link, sign-in, and forms that put the
 * errors first.
 */
class KeyboardNavigationTests extends BrowserTest {

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

	private boolean isInViewport(WebElement element) {
		Rectangle box = element.getRect();
		return box.getX() >= 0 && box.getY() >= 0 && box.getWidth() > 0;
	}

}
