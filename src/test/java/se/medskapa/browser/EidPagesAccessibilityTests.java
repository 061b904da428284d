package se.medskapa.browser;

import java.util.Map;
import java.util.UUID;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.EidProvider;
import se.medskapa.accounts.EidProviders;
import se.medskapa.accounts.EidPurpose;
import se.medskapa.accounts.ResidentIdentities;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.TestIdentityNumbers;
import se.medskapa.contacts.ContactBank;
import se.medskapa.contacts.ContactBankFixture;
import se.medskapa.contacts.ContactBankSettings;
import se.medskapa.municipalities.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-ID pages pass axe at 1280 and 320 px, with the whole sign-in in the browser
 * against a real OpenID provider ({@code mock-oauth2-server}): the municipality's sign-in
 * page with e-ID beside the e-mail link, the refusal on it, "My account" with and without
 * e-ID, and the contact bank's step-up from the offer to the joined entry.
 */
class EidPagesAccessibilityTests extends BrowserTest {

	@Autowired
	Organisation organisation;

	@Autowired
	Residents residents;

	@Autowired
	ContactBank bank;

	@Autowired
	ContactBankSettings settings;

	@Autowired
	EidProviders providers;

	@Autowired
	ResidentIdentities identities;

	MockOAuth2Server provider;

	ContactBankFixture bankOf;

	@BeforeEach
	void municipalityWithProviderAndStrictContactBank() {
		provider = new MockOAuth2Server();
		provider.start();
		bankOf = ContactBankFixture.open(municipalities, organisation, staffDirectory, staffUsers, residents, bank,
				settings);
		providers.configure(bankOf.town().id(), provider.issuerUrl(bankOf.town().slug()).toString(), "medskapa", null,
				null, null, null);
		identities.requireEid(bankOf.town().id(), EidPurpose.CONTACT_BANK, true);
	}

	@AfterEach
	void stopProvider() {
		provider.shutdown();
	}

	private void providerAnswers(String number) {
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(bankOf.town().slug(), "subject-" + number, "JWT", null,
				Map.of(EidProvider.SWEDISH_IDENTITY_CLAIM, number, "name", "Anna Andersson", "acr",
						"http://id.elegnamnden.se/loa/1.0/loa3"),
				3600));
	}

	@Test
	void shouldHaveNoAxeViolationsFromTheSignInPageThroughTheProviderToMyAccount() {
		String login = bankOf.town().path("/login");
		open(login);
		assertHeading("login.heading", "sv");
		assertThat(find("a[href$='/oauth2/authorization/" + bankOf.town().slug() + "']").getText())
			.isEqualTo("BankID / Freja (e-legitimation)");
		assertAccessibleWideAndNarrow();
		open(login + "?eid=level-too-low");
		assertThat(find(".notice-error").getText()).contains(message("eid.failure.level-too-low", "sv"));
		assertAccessibleWideAndNarrow();
		openInEnglish(login + "?eid=failed");
		assertLanguage("en");
		assertAccessibleWideAndNarrow();

		providerAnswers(TestIdentityNumbers.personalNumber());
		open(login);
		waitForNewPage(() -> find("a[href$='/oauth2/authorization/" + bankOf.town().slug() + "']").click());
		assertOnPage("/account");
		assertThat(find("#displayName").getAttribute("value")).as("the name from the provider")
			.isEqualTo("Anna Andersson");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheContactBanksStepUpFromTheOfferToJoining() {
		signInAsResident("resident-" + UUID.randomUUID() + "@test.medskapa.example");
		open("/account");
		assertThat(find("#content").getText()).contains(message("eid.account.notLinked", "sv"));
		assertAccessibleWideAndNarrow();

		String page = bankOf.town().path("/contact-bank");
		open(page);
		assertThat(find("#content").getText()).contains(message("contacts.eid.alternative", "sv"));
		assertAccessibleWideAndNarrow();

		providerAnswers(TestIdentityNumbers.personalNumber());
		waitForNewPage(() -> find("a[href*='/e-id/link']").click());
		assertOnPage(page);
		assertThat(find(".flash").getText()).isEqualTo(message("eid.linked", "sv"));
		assertThat(find("#consent").isDisplayed()).isTrue();
		assertAccessibleWideAndNarrow();

		open("/account");
		assertThat(find("#content").getText()).contains(message("eid.account.unlink", "sv"));
		assertAccessibleWideAndNarrow();
	}

}
