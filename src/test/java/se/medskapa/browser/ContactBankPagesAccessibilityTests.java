package se.medskapa.browser;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.Residents;
import se.medskapa.contacts.ContactBank;
import se.medskapa.contacts.ContactBankFixture;
import se.medskapa.contacts.ContactBankSettings;
import se.medskapa.contacts.ContactInvitations;
import se.medskapa.contacts.InvitationRequest;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the contact bank passes axe at 1280 and 320 px, in the browser with the
 * mails read from GreenMail: the resident's join form (empty, with errors, joined, with a
 * contact history), the invitation answer page before and after the answer, the page of
 * the withdrawal link; the official's search, result with the invitation form, refused
 * invitation, the invitation page and the guide; the admin's settings and audit log.
 */
class ContactBankPagesAccessibilityTests extends BrowserTest {

	@Autowired
	Organisation organisation;

	@Autowired
	Residents residents;

	@Autowired
	ContactBank bank;

	@Autowired
	ContactBankSettings settings;

	@Autowired
	ContactInvitations invitations;

	ContactBankFixture bankOf;

	@BeforeEach
	void openBank() {
		bankOf = ContactBankFixture.open(municipalities, organisation, staffDirectory, staffUsers, residents, bank,
				settings);
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheResidentsPagesFromJoiningToWithdrawing() {
		String email = "resident-" + UUID.randomUUID() + "@test.medskapa.example";
		signInAsResident(email);
		String page = bankOf.town().path("/contact-bank");
		open(page);
		assertThat(find("h1").getText()).isEqualTo("Kontaktbanken i Provköpings kommun");
		assertAccessibleWideAndNarrow();

		find("#topics").click();
		find("#ways").click();
		submitForm();
		assertFormErrorsShown();
		assertThat(find("#topics").isSelected()).as("what was chosen stays").isTrue();
		assertAccessibleWideAndNarrow();

		find("#consent").click();
		submitForm();
		assertOnPage(page);
		assertThat(find(".flash").getText()).isEqualTo(message("contacts.flash.joined", "sv"));
		assertAccessibleWideAndNarrow();

		for (int i = 0; i < 4; i++) {
			bankOf.member();
		}
		invitations.invite(bankOf.principal(bankOf.official()), bankOf.town().id(),
				new InvitationRequest(bankOf.roads(), bankOf.town().streets().id(), "Workshop om trygga gångvägar",
						"Vi ses i stadshuset den 12 januari klockan 18.", "https://example.se/workshop", 5, List.of()));
		MimeMessage invitation = TestMailServer.awaitMailWithSubject(email, TestMailServer.Mark.START,
				"Inbjudan: Workshop om trygga gångvägar");
		openPathOf(TestMailServer.linkIn(invitation, "/contact-bank/answer/"));
		assertHeading("contacts.answer.title", "sv");
		assertAccessibleWideAndNarrow();
		waitForNewPage(() -> find("button[value=yes]").click());
		assertThat(find(".flash").getText()).isEqualTo(message("contacts.answer.done.ACCEPTED", "sv"));
		assertAccessibleWideAndNarrow();

		open(page);
		assertThat(find(".contacts-history").getText()).contains("Workshop om trygga gångvägar");
		assertAccessibleWideAndNarrow();
		openInEnglish(page);
		assertLanguage("en");
		assertAccessibleWideAndNarrow();

		MimeMessage welcome = TestMailServer.awaitMailWithSubject(email, TestMailServer.Mark.START,
				"Du är med i kontaktbanken i Provköpings kommun");
		signOut();
		openPathOf(TestMailServer.linkIn(welcome, "/contact-bank/withdraw/"));
		assertHeading("contacts.withdrawn.title", "sv");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheOfficialsAndTheAdminsPages() {
		for (int i = 0; i < 6; i++) {
			bankOf.member();
		}
		signInAsStaff(bankOf.official());
		String search = bankOf.town().path("/staff/contacts");
		open(search);
		assertThat(find("h1").getText()).isEqualTo("Kontaktbanken i Provköpings kommun");
		assertAccessibleWideAndNarrow();

		submitForm("main form[method=get]");
		assertThat(find(".search-result .count").getText()).contains("6");
		assertAccessibleWideAndNarrow();

		submitForm("main form[method=post]");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		type("#subject", "Intervju om cykelvägar");
		type("#body", "Vi vill höra hur du cyklar till jobbet. Intervjun tar 30 minuter.");
		submitForm("main form[method=post]");
		assertThat(currentPath()).startsWith(bankOf.town().path("/staff/contacts/invitations/"));
		assertThat(find(".outcome").getText()).contains("5");
		assertAccessibleWideAndNarrow();

		open(bankOf.town().path("/staff/contacts/guide"));
		assertHeading("contacts.guide.title", "sv");
		assertAccessibleWideAndNarrow();

		signOut();
		signInAsStaff(bankOf.admin());
		open(bankOf.town().path("/admin/contacts"));
		assertAccessibleWideAndNarrow();
		find("#legalBasis").clear();
		submitForm("main form[method=post]");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		open(bankOf.town().path("/admin/contacts/audit"));
		assertThat(find("table.audit").getText()).contains(message("contacts.audit.kind.SEARCH", "sv"));
		assertAccessibleWideAndNarrow();
		openInEnglish(bankOf.town().path("/admin/contacts/audit"));
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
	}

	private void openPathOf(String link) {
		URI uri = URI.create(link);
		open(uri.getRawPath());
	}

}
