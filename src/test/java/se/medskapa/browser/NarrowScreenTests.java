package se.medskapa.browser;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accessibility.AccessibilityReports;
import se.medskapa.accounts.StaffRole;

import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * At 320 CSS pixels wide, a phone or a laptop screen zoomed to 400 %, pages reflow into
 * one column without scrolling sideways (WCAG 1.4.10) and still pass axe, also with long
 * addresses and links in them.
 */
class NarrowScreenTests extends BrowserTest {

	/** Long, unbreakable words real data has: e-mail addresses and links. */
	static final String LONG_ADDRESS = "namn.efternamnsson-" + UUID.randomUUID() + "@forvaltningen.kommun.example";

	@Autowired
	AccessibilityReports accessibilityReports;

	@BeforeEach
	void startNarrow() {
		narrowWindow();
	}

	@Test
	void shouldReflowPublicPagesWithoutScrollingSideways() {
		assertAll(List.of("/", "/boras", "/login/ott?token=x", "/staff/login?error")
			.stream()
			.map(path -> reflowsAndPassesAxe(() -> open(path))));
		assertAll(reflowsAndPassesAxe(() -> {
			open("/accessibility");
			submitForm();
		}));
	}

	@Test
	void shouldReflowAdminPagesWithoutScrollingSideways() {
		signInAsStaff(newStaff("boras", StaffRole.MUNICIPALITY_ADMIN));

		assertAll(List.of("/staff", "/boras/admin", "/boras/admin/staff", "/boras/admin/staff/new")
			.stream()
			.map(path -> reflowsAndPassesAxe(() -> open(path))));
	}

	@Test
	void shouldReflowOperatorPagesWithLongAddressesWithoutScrollingSideways() {
		accessibilityReports.report(url("/boras/admin/staff/new?ett-mycket-langt-sokord=" + UUID.randomUUID()),
				"Kryssrutorna går inte att nå med tangentbordet.", "Testperson", LONG_ADDRESS,
				Locale.forLanguageTag("sv"));
		signInAsStaff(newStaff(null, StaffRole.PLATFORM_OPERATOR));

		assertAll(List.of("/staff", "/operator/sent-mail", "/operator/accessibility-reports")
			.stream()
			.map(path -> reflowsAndPassesAxe(() -> open(path))));
	}

	private Executable reflowsAndPassesAxe(Runnable showPage) {
		return () -> {
			showPage.run();
			assertNoSidewaysScrolling();
			assertAccessible();
		};
	}

}
