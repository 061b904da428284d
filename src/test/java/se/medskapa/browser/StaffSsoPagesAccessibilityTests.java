package se.medskapa.browser;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffSsoProviders;
import se.medskapa.accounts.StaffSsoSettings;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff single sign-on pages pass axe at 1280 and 320 px, with the sign-in in the
 * browser against a real OpenID provider ({@code mock-oauth2-server}): the staff sign-in
 * with the municipality's button, a refusal on it, and the admin's page of sign-in
 * services with and without errors.
 */
class StaffSsoPagesAccessibilityTests extends BrowserTest {

	@Autowired
	Organisation organisation;

	@Autowired
	StaffSsoProviders providers;

	MockOAuth2Server provider;

	TestMunicipality town;

	@BeforeEach
	void municipalityWithDirectory() {
		provider = new MockOAuth2Server();
		provider.start();
		town = TestMunicipality.register(municipalities, organisation);
		providers.configure(town.id(), new StaffSsoSettings(provider.issuerUrl(town.slug()).toString(), "medskapa",
				null, null, null, null, null, false, true, Map.of(StaffRole.HANDLER, Set.of("handlers"))));
	}

	@AfterEach
	void stopProvider() {
		provider.shutdown();
	}

	@Test
	void shouldHaveNoAxeViolationsFromTheStaffSignInThroughTheDirectoryToTheStaffPages() {
		TestStaff admin = newStaff(town.slug(), StaffRole.MUNICIPALITY_ADMIN);
		open("/staff/login");
		String button = "a[href$='/oauth2/authorization/staff." + town.slug() + "']";
		assertThat(find(button).getText()).isEqualTo("Logga in med Provköpings kommuns konto");
		assertAccessibleWideAndNarrow();
		open("/staff/login?sso=no-second-factor");
		assertThat(find(".notice-error").getText()).contains(message("staffLogin.sso.failure.no-second-factor", "sv"));
		assertAccessibleWideAndNarrow();

		provider
			.enqueueCallback(new DefaultOAuth2TokenCallback(town.slug(), "directory-" + UUID.randomUUID(), "JWT", null,
					Map.of("email", admin.email(), "amr", List.of("pwd", "mfa"), "groups", List.of("handlers")), 3600));
		open("/staff/login");
		waitForNewPage(() -> find(button).click());
		assertOnPage("/staff");

		String page = town.path("/admin/sign-in");
		open(page);
		assertHeading("admin.signIn.heading", "sv");
		assertThat(find("#groups-HANDLER").getAttribute("value")).isEqualTo("handlers");
		assertAccessibleWideAndNarrow();
		find("#issuer").clear();
		type("#issuer", "not an address");
		submitForm("form[action$='/admin/sign-in']");
		assertFormErrorsShown();
		assertThat(find("#issuer").getAttribute("value")).isEqualTo("not an address");
		assertAccessibleWideAndNarrow();

		openInEnglish(page);
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
		openInEnglish("/staff/login?sso=failed");
		assertAccessibleWideAndNarrow();
	}

}
