package se.medskapa.browser;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accessibility.AccessibilityReports;
import se.medskapa.accounts.StaffRole;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestStaff;
import se.medskapa.support.TestTotp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * Every staff page passes axe (WCAG 2.1 A and AA) after a real sign-in through the
 * browser, with its forms empty, filled in and submitted with errors. Each test signs in
 * its own new staff member, so TOTP replay protection and lockouts never involve the demo
 * accounts other tests use.
 */
class StaffPagesAccessibilityTests extends BrowserTest {

	@Autowired
	Organisation organisation;

	@Autowired
	AccessibilityReports accessibilityReports;

	@Test
	void shouldHaveNoAxeViolationsOnTheSecondFactorPageAlsoWithErrors() {
		TestStaff staff = newStaff("boras", StaffRole.HANDLER);
		enterStaffPassword(staff);
		assertAccessibleWideAndNarrow();

		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		type("#code", wrongCode(staff));
		submitForm();
		assertOnPage("/staff/login/second-factor");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		openInEnglish("/staff/login/second-factor");
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnMunicipalityAdminPages() {
		TestStaff admin = newStaff("boras", StaffRole.MUNICIPALITY_ADMIN);
		signInAsStaff(admin);
		long boras = municipalities.findBySlug("boras").orElseThrow().id();
		String unitEdit = "/boras/admin/units/" + organisation.units(boras).get(0).id() + "/edit";

		assertPagesAccessible("sv",
				List.of("/staff", "/boras/admin", "/boras/admin/departments/new",
						"/boras/admin/departments/" + organisation.departments(boras).get(0).id() + "/edit",
						"/boras/admin/units/new", unitEdit, "/boras/admin/categories/new",
						"/boras/admin/categories/" + organisation.categories(boras).get(0).id() + "/edit",
						"/boras/admin/staff", "/boras/admin/staff/new", "/boras/admin/staff/" + admin.id() + "/edit"));
		// The English pages share the Swedish templates; a sample of them covers the
		// texts' lengths and markup.
		assertPagesAccessible("en",
				List.of("/staff", "/boras/admin", unitEdit, "/boras/admin/staff", "/boras/admin/staff/new"));
	}

	@Test
	void shouldHaveNoAxeViolationsOnAdminFormsSubmittedEmpty() {
		signInAsStaff(newStaff("boras", StaffRole.MUNICIPALITY_ADMIN));
		long boras = municipalities.findBySlug("boras").orElseThrow().id();

		assertAll("admin forms with errors", submittedEmpty("/boras/admin/departments/new"),
				submittedWithErrors("/boras/admin/departments/" + organisation.departments(boras).get(0).id() + "/edit",
						() -> find("#name").clear()),
				submittedEmpty("/boras/admin/units/new"),
				submittedWithErrors("/boras/admin/units/" + organisation.units(boras).get(0).id() + "/edit", () -> {
					new Select(find("#departmentId")).selectByValue("");
					find("#name").clear();
					type("#email", "not-an-address");
				}), submittedEmpty("/boras/admin/categories/new"),
				submittedWithErrors("/boras/admin/categories/" + organisation.categories(boras).get(0).id() + "/edit",
						() -> find("#name").clear()),
				submittedEmpty("/boras/admin/staff/new"),
				submittedWithErrors("/boras/admin/staff/new?lang=en", () -> type("#email", "not-an-address")));
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheStaffListWithMessagesAndInactiveMembers() {
		signInAsStaff(newStaff("boras", StaffRole.MUNICIPALITY_ADMIN));
		TestStaff colleague = newStaff("boras", StaffRole.HANDLER);

		open("/boras/admin/staff/" + colleague.id() + "/edit");
		find("input[value=IDEA_COACH]").click();
		submitForm();
		assertOnPage("/boras/admin/staff");
		assertAccessibleWideAndNarrow();

		waitForNewPage(() -> find("form[action$='/" + colleague.id() + "/deactivate'] button").click());
		assertOnPage("/boras/admin/staff");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheForbiddenPage() {
		signInAsStaff(newStaff("boras", StaffRole.MUNICIPALITY_ADMIN));

		open("/umea/admin");

		assertHeading("error.403.title", "sv");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnInvitationPagesWithErrorsAndAfterAcceptance() {
		signInAsStaff(newStaff("boras", StaffRole.MUNICIPALITY_ADMIN));
		String email = "invited-" + UUID.randomUUID() + "@test.medskapa.example";
		open("/boras/admin/staff/new");
		type("#displayName", "Inbjuden Testperson");
		type("#email", email);
		find("input[value=HANDLER]").click();
		submitForm();
		assertOnPage("/boras/admin/staff");
		assertAccessibleWideAndNarrow();
		browser.manage().deleteAllCookies();

		openLinkInMail(email, "/staff/invitation");
		assertOnPage("/staff/invitation");
		assertAccessibleWideAndNarrow();
		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		openLinkInMail(email, "/staff/invitation");
		type("#newPassword", "a long enough password");
		type("#repeatPassword", "a different password");
		type("#code", "123 456");
		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		String secret = find("dl.facts dd code").getText();
		type("#newPassword", "a long enough password");
		type("#repeatPassword", "a long enough password");
		type("#code", TestTotp.code(secret));
		submitForm();
		assertOnPage("/staff/login");
		assertThat(find(".flash").getText()).isEqualTo(message("flash.invitationAccepted", "sv"));
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldOfferAutocompleteOnlyForTheStaffMembersOwnData() {
		String email = "invited-" + UUID.randomUUID() + "@test.medskapa.example";
		staffDirectory.invite(municipalities.findBySlug("boras").orElseThrow(), email, "Inbjuden Testperson",
				Set.of(StaffRole.HANDLER), List.of(), "Testadmin", Locale.forLanguageTag("sv"));
		openLinkInMail(email, "/staff/invitation");
		assertAutocomplete(
				Map.of("newPassword", "new-password", "repeatPassword", "new-password", "code", "one-time-code"));

		signInAsStaff(newStaff("boras", StaffRole.MUNICIPALITY_ADMIN));
		open("/boras/admin/staff/new");
		assertAutocomplete(Map.of("displayName", "off", "email", "off"));
		open("/boras/admin/units/new");
		assertAutocomplete(Map.of("email", "off"));
	}

	@Test
	void shouldHaveNoAxeViolationsOnPasswordResetPagesWithErrorsAndAfterTheChange() {
		TestStaff staff = newStaff("boras", StaffRole.HANDLER);
		open("/staff/password-reset");
		type("#email", staff.email());
		submitForm();

		openLinkInMail(staff.email(), "/staff/password-reset/new");
		assertOnPage("/staff/password-reset/new");
		assertAccessibleWideAndNarrow();
		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		type("#newPassword", "a long enough password");
		type("#repeatPassword", "a different password");
		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		type("#newPassword", "a long enough password");
		type("#repeatPassword", "a long enough password");
		submitForm();
		assertOnPage("/staff/login");
		assertThat(find(".flash").getText()).isEqualTo(message("flash.passwordChanged", "sv"));
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnPlatformOperatorPages() {
		accessibilityReports.report(url("/boras"), "Knappen saknar synlig fokusmarkering.\nGäller även mobil.",
				"Testperson", "reporter-" + UUID.randomUUID() + "@test.medskapa.example", Locale.forLanguageTag("sv"));
		signInAsStaff(newStaff(null, StaffRole.PLATFORM_OPERATOR));
		// The municipality list has a test of its own, with its form's errors and at 320
		// px.
		List<String> pages = List.of("/staff", "/operator/sent-mail", "/operator/accessibility-reports");

		assertPagesAccessible("sv", pages);
		assertPagesAccessible("en", pages);
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheMunicipalityRegistrationWithErrorsAtEveryWidth() {
		signInAsStaff(newStaff(null, StaffRole.PLATFORM_OPERATOR));
		open("/operator/municipalities");
		assertAutocomplete(Map.of("name", "off", "contactEmail", "off", "adminName", "off", "adminEmail", "off"));
		assertAccessibleWideAndNarrow();

		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		openInEnglish("/operator/municipalities");
		type("#name", "Provköpings kommun");
		type("#slug", "Inte En Slug");
		type("#contactEmail", "not-an-address");
		type("#website", "www.example.se");
		submitForm();
		assertLanguage("en");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();
	}

	private Executable submittedEmpty(String path) {
		return submittedWithErrors(path, () -> {
		});
	}

	/**
	 * Opens the form, lets {@code change} empty or spoil fields, submits it and checks
	 * the page with its errors.
	 */
	private Executable submittedWithErrors(String path, Runnable change) {
		return () -> {
			open(path);
			change.run();
			submitForm();
			assertFormErrorsShown();
			assertAccessibleWideAndNarrow();
		};
	}

}
