package se.medskapa.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.contacts.ContactBank;
import se.medskapa.contacts.ContactBankFixture;
import se.medskapa.contacts.ContactBankSettings;
import se.medskapa.contacts.ContactInvitations;
import se.medskapa.contacts.InvitationRequest;
import se.medskapa.contacts.SearchCriteria;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Done-when journeys of the contact bank (issue 8) in the browser, with every mail
 * read from GreenMail: the resident joins, changes purposes, gets an invitation, accepts,
 * sees who contacted them and who saw their name, withdraws, exports and leaves; the
 * official searches, invites a stratified sample, sees a decline replaced from the same
 * stratum and the acceptance with its contact details, and the admin reads the audit.
 */
class ContactBankJourneyTests extends BrowserTest {

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
	void shouldTakeTheResidentFromJoiningThroughAnAcceptedInvitationToLeaving() {
		String email = "resident-" + UUID.randomUUID() + "@test.medskapa.example";
		TestMailServer.Mark start = TestMailServer.Mark.START;
		signInAsResident(email);
		String page = bankOf.town().path("/contact-bank");
		open(page);
		find("#topics").click();
		find("#ways").click();
		find("#consent").click();
		submitForm();
		assertThat(find(".flash").getText()).isEqualTo(message("contacts.flash.joined", "sv"));
		TestMailServer.awaitMailWithSubject(email, start, "Du är med i kontaktbanken i Provköpings kommun");

		// Change purposes: the first area (Norrfjärden) added, kept on the page.
		find("#districts").click();
		submitForm("form[method=post]:has(#topics)");
		assertThat(find(".flash").getText()).isEqualTo(message("contacts.flash.saved", "sv"));
		assertThat(find("#districts").isSelected()).isTrue();
		String pseudonym = find(".entry-facts dd").getText();

		for (int i = 0; i < 4; i++) {
			bankOf.member(bankOf.purposes("UNDER_30", bankOf.north()));
		}
		SearchCriteria roadsInNorth = new SearchCriteria(bankOf.town().roads().id(), bankOf.north().id(), null, null,
				null, null, null, null);
		ContactInvitations.Outcome outcome = invitations.invite(bankOf.principal(bankOf.official()), bankOf.town().id(),
				new InvitationRequest(roadsInNorth, bankOf.town().streets().id(), "Workshop om Norrfjärdens gångvägar",
						"Vi ses i byagården.", "https://example.se/norr", 5, List.of()));
		assertThat(outcome.invited()).isEqualTo(5);
		MimeMessage invitation = TestMailServer.awaitMailWithSubject(email, start,
				"Inbjudan: Workshop om Norrfjärdens gångvägar");
		open(URI.create(TestMailServer.linkIn(invitation, "/contact-bank/answer/")).getRawPath());
		assertThat(find(".invitation-link a").getAttribute("href")).isEqualTo("https://example.se/norr");
		waitForNewPage(() -> find("button[value=yes]").click());
		assertThat(find(".flash").getText()).isEqualTo(message("contacts.answer.done.ACCEPTED", "sv"));

		// The inviting unit opens the invitation: the resident's name is shown, and
		// logged.
		assertThat(
				invitations.invitation(bankOf.principal(bankOf.official()), bankOf.town().id(), outcome.invitationId())
					.recipients()
					.stream()
					.filter(r -> email.equals(r.email())))
			.hasSize(1);
		open(page);
		assertThat(find(".contacts-history").getText()).contains("Workshop om Norrfjärdens gångvägar",
				bankOf.town().streets().name(), message("contacts.status.ACCEPTED", "sv"));
		assertThat(find(".reveals").getText()).contains(bankOf.town().streets().name());

		submitForm("form[action$='/contact-bank/withdraw']");
		assertThat(find(".flash").getText()).isEqualTo(message("contacts.flash.withdrawn", "sv"));
		assertThat(find(".notice").getText()).isEqualTo(message("contacts.resident.withdrawnNotice", "sv"));

		String export = (String) ((JavascriptExecutor) browser).executeAsyncScript(
				"fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])",
				url(bankOf.town().path("/contact-bank/export")));
		assertThat(export).contains(pseudonym, "Workshop om Norrfjärdens gångvägar", "\"withdrawnAt\"");

		submitForm("form[action$='/contact-bank/leave']");
		assertThat(find(".flash").getText()).isEqualTo(message("contacts.flash.left", "sv"));
		assertThat(browser.findElements(By.cssSelector(".entry-facts"))).isEmpty();
	}

	@Test
	void shouldLetTheOfficialInviteAStratifiedSampleAndSeeTheDeclineReplacedAndTheAcceptance() {
		List<ResidentPrincipal> young = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			young.add(bankOf.member(bankOf.purposes("UNDER_30", bankOf.north())));
		}
		for (int i = 0; i < 5; i++) {
			bankOf.member(bankOf.purposes("FROM_45_TO_64", bankOf.south()));
		}
		// The residents are fresh: their mails since the start (a mark counts positions,
		// and
		// GreenMail lists mails by mailbox, so a later mail to an earlier mailbox sits
		// before it).
		TestMailServer.Mark start = TestMailServer.Mark.START;
		signInAsStaff(bankOf.official());
		open(bankOf.town().path("/staff/contacts"));
		new Select(find("#topicId")).selectByValue(String.valueOf(bankOf.town().roads().id()));
		submitForm("main form[method=get]");
		assertThat(find(".search-result .count").getText())
			.isEqualTo(message("contacts.search.count", "sv").replace("{0}", "8"));

		type("#subject", "Referensgrupp för gångvägar");
		type("#body", "Vi träffas tre gånger under våren.");
		type("#size", "4");
		new Select(find("#quota-facet-1")).selectByValue("AGE_BAND:UNDER_30");
		type("#quota-minimum-1", "2");
		submitForm("main form[method=post]");
		assertThat(find(".outcome").getText())
			.contains(message("contacts.invitation.outcome", "sv").replace("{0}", "4").replace("{1}", "4"));
		String invitationPage = currentPath();

		List<ResidentPrincipal> invitedYoung = young.stream()
			.filter(r -> TestMailServer.subjects(TestMailServer.mailsTo(r.email(), start))
				.contains("Inbjudan: Referensgrupp för gångvägar"))
			.toList();
		assertThat(invitedYoung).as("the quota: at least two under 30").hasSizeGreaterThanOrEqualTo(2);
		ResidentPrincipal decliner = invitedYoung.get(0);
		ResidentPrincipal accepter = invitedYoung.get(1);
		ResidentPrincipal reserve = young.stream().filter(r -> !invitedYoung.contains(r)).findFirst().orElse(null);

		openLinkInMail(decliner.email(), start, "/contact-bank/answer/");
		waitForNewPage(() -> find("button[value=no]").click());
		assertThat(find(".flash").getText()).isEqualTo(message("contacts.answer.done.DECLINED", "sv"));
		if (reserve != null) {
			// The replacement comes from the decliner's stratum: the third resident under
			// 30
			// (when the sample took all three, from the other reserves).
			TestMailServer.awaitMailWithSubject(reserve.email(), start, "Inbjudan: Referensgrupp för gångvägar");
		}
		openLinkInMail(accepter.email(), start, "/contact-bank/answer/");
		waitForNewPage(() -> find("button[value=yes]").click());

		open(invitationPage);
		String recipients = find("table.recipients").getText();
		assertThat(recipients)
			.contains(message("contacts.status.DECLINED", "sv"), message("contacts.status.ACCEPTED", "sv"),
					accepter.email())
			.doesNotContain(decliner.email());
		assertThat(browser.findElements(By.cssSelector("a.revealed"))).hasSize(1);
		assertThat(find("table.recipients tbody").findElements(By.cssSelector("tr")))
			.as("four invited and the replacement")
			.hasSize(5);

		signOut();
		signInAsStaff(bankOf.admin());
		open(bankOf.town().path("/admin/contacts/audit"));
		assertThat(find("table.audit").getText()).contains(message("contacts.audit.kind.SEARCH", "sv"),
				message("contacts.audit.kind.INVITATION", "sv"), message("contacts.audit.kind.REVEAL", "sv"));
	}

}
