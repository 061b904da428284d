package se.medskapa.contacts;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.challenges.ChallengeAdministration;
import se.medskapa.challenges.ChallengeDraft;
import se.medskapa.meetings.Audience;
import se.medskapa.meetings.EventDetails;
import se.medskapa.meetings.EventKind;
import se.medskapa.meetings.MeetingEvents;
import se.medskapa.meetings.Promotion;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invitations that link to one of the municipality's published events or open challenges
 * (read through the public interfaces of meetings and challenges), and the refusal of a
 * search that differs from one of the official's recent searches by 1 to 4 entries (ADR
 * 0037).
 */
@Tag("persistence")
class ContactBankLinksAndDifferencingTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Residents residents;

	@Autowired
	ContactBank bank;

	@Autowired
	ContactBankSettings settings;

	@Autowired
	ContactSearch search;

	@Autowired
	ContactInvitations invitations;

	@Autowired
	MeetingEvents events;

	@Autowired
	ChallengeAdministration challenges;

	ContactBankFixture bankOf;

	@BeforeEach
	void openBank() {
		bankOf = ContactBankFixture.open(municipalities, organisation, directory, users, residents, bank, settings);
	}

	@Test
	void shouldLinkAnInvitationToAPublishedEventOrAnOpenChallengeOfTheMunicipalityOnly() throws Exception {
		List<ResidentPrincipal> members = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			members.add(bankOf.member());
		}
		StaffPrincipal admin = bankOf.principal(bankOf.admin());
		long event = events.create(bankOf.town().id(), admin, workshop(bankOf.town(), "Framtidsverkstad om gångvägar"),
				true);
		long draftEvent = events.create(bankOf.town().id(), admin, workshop(bankOf.town(), "Ännu inte publicerad"),
				false);
		ContactBankFixture other = ContactBankFixture.open(municipalities, organisation, directory, users, residents,
				bank, settings);
		long foreignEvent = events.create(other.town().id(), other.principal(other.admin()),
				workshop(other.town(), "Annan kommuns verkstad"), true);
		StaffPrincipal lead = users
			.reload(TestStaff.create(directory, users, bankOf.town().id(), Set.of(StaffRole.UNIT_LEAD),
					List.of(bankOf.town().streets().id()))
				.id())
			.orElseThrow();
		long challenge = challenges.create(lead, bankOf.town().id(),
				new ChallengeDraft(bankOf.town().streets().id(), "Tryggare skolväg", "Mörkt och halt.", "Skolbarn.",
						"Fler går\nKostar lite", "En pilot.", LocalDate.now().plusDays(30), "Leo", "leo@example.se"));
		challenges.publish(lead, bankOf.town().id(), challenge);
		StaffPrincipal official = bankOf.principal(bankOf.official());

		assertThat(invitations.targets(official, municipalities.findById(bankOf.town().id()).orElseThrow())
			.stream()
			.map(InvitationTarget::value)).containsExactly("EVENT:" + event, "CHALLENGE:" + challenge);
		for (String refused : List.of("EVENT:" + draftEvent, "EVENT:" + foreignEvent, "CHALLENGE:999999999",
				"https://example.se")) {
			assertThatThrownBy(() -> invitations.invite(official, bankOf.town().id(), request(null, refused)))
				.isInstanceOfSatisfying(InvalidContactInputException.class,
						ex -> assertThat(ex.field()).isEqualTo("target"));
		}
		assertThatThrownBy(
				() -> invitations.invite(official, bankOf.town().id(), request("https://example.se", "EVENT:" + event)))
			.isInstanceOfSatisfying(InvalidContactInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("contacts.error.linkOrTarget"));

		// Every member is fresh and gets one invitation: their mails since the start are
		// read (a mark counts positions, and GreenMail lists mails by mailbox).
		TestMailServer.Mark before = TestMailServer.Mark.START;
		ContactInvitations.Outcome toEvent = invitations.invite(official, bankOf.town().id(),
				request(null, "EVENT:" + event));
		ContactInvitations.Outcome toChallenge = invitations.invite(official, bankOf.town().id(),
				request(null, "CHALLENGE:" + challenge));
		assertThat(toEvent.invited()).isEqualTo(5);
		assertThat(toChallenge.invited()).isEqualTo(5);

		String eventPath = bankOf.town().path("/events/" + event);
		String challengePath = bankOf.town().path("/challenges/" + challenge);
		int toEventMails = 0;
		int toChallengeMails = 0;
		// Mails go out when each invitation commits, before invite returns.
		assertThat(
				members.stream().map(member -> TestMailServer.subjects(TestMailServer.mailsTo(member.email(), before))))
			.as("each member's mails since the invitations")
			.allSatisfy(subjects -> assertThat(subjects).containsOnlyOnce("Inbjudan: Samtal"));
		for (ResidentPrincipal member : members) {
			MimeMessage mail = TestMailServer.awaitMailWithSubject(member.email(), before, "Inbjudan: Samtal");
			String body = TestMailServer.body(mail);
			boolean linksEvent = body.contains("Framtidsverkstad om gångvägar: ") && body.contains(eventPath);
			boolean linksChallenge = body.contains("Tryggare skolväg: ") && body.contains(challengePath);
			assertThat(linksEvent).as("exactly one of the two links").isNotEqualTo(linksChallenge);
			toEventMails += linksEvent ? 1 : 0;
			toChallengeMails += linksChallenge ? 1 : 0;
			String answer = URI.create(TestMailServer.linkIn(mail, "/contact-bank/answer/")).getRawPath();
			mvc.perform(get(answer))
				.andExpect(status().isOk())
				.andExpect(content().string(linksEvent ? containsString("Evenemanget: Framtidsverkstad om gångvägar")
						: containsString("Utmaningen: Tryggare skolväg")))
				.andExpect(content().string(containsString("href=\"http")))
				.andExpect(content().string(containsString(linksEvent ? eventPath : challengePath)));
		}
		assertThat(toEventMails).isEqualTo(5);
		assertThat(toChallengeMails).isEqualTo(5);
		assertThat(invitations.invitation(official, bankOf.town().id(), toEvent.invitationId()).linkTitle())
			.isEqualTo("Framtidsverkstad om gångvägar");
	}

	@Test
	void shouldRefuseASearchThatDiffersFromARecentOneByFewerThanFive() throws Exception {
		for (int i = 0; i < 10; i++) {
			bankOf.member(bankOf.purposes("FROM_30_TO_44", bankOf.south()));
		}
		for (int i = 0; i < 2; i++) {
			bankOf.member(bankOf.purposes("UNDER_30", bankOf.north()));
		}
		StaffPrincipal official = bankOf.principal(bankOf.official());
		long town = bankOf.town().id();
		SearchCriteria roads = bankOf.roads();
		SearchCriteria roadsInSouth = new SearchCriteria(roads.topicId(), bankOf.south().id(), null, null, null, null,
				null, null);
		SearchCriteria roadsAsWorkshops = new SearchCriteria(roads.topicId(), null, WayOfTakingPart.WORKSHOP, null,
				null, null, null, null);

		ContactSearch.Result all = search.search(official, town, roads);
		assertThat(all.count().value()).isEqualTo(12);
		assertThat(all.tooCloseToRecent()).isFalse();
		// The same entries under other filters differ by nobody: shown.
		assertThat(search.search(official, town, roadsAsWorkshops).count().value()).isEqualTo(12);
		// Below 5 nothing exact is shown anyway: not refused.
		ContactSearch.Result young = search.search(official, town,
				new SearchCriteria(roads.topicId(), null, null, null, "UNDER_30", null, null, null));
		assertThat(young.count().shown()).isFalse();
		assertThat(young.tooCloseToRecent()).isFalse();

		// 12 - 10 would single out the two in the north: refused, no count, no rows.
		ContactSearch.Result south = search.search(official, town, roadsInSouth);
		assertThat(south.tooCloseToRecent()).isTrue();
		assertThat(south.count().shown()).isFalse();
		assertThat(south.pseudonyms()).isEmpty();
		assertThatThrownBy(() -> invitations.invite(official, town,
				new InvitationRequest(roadsInSouth, bankOf.town().streets().id(), "Samtal", "Text", null, 200,
						List.of())))
			.isInstanceOfSatisfying(InvalidContactInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("contacts.error.differencing"));
		String page = bankOf.town().path("/staff/contacts");
		mvc.perform(get(page).with(bankOf.official().signedIn())
			.param("search", "1")
			.param("topicId", String.valueOf(roads.topicId()))
			.param("districtId", String.valueOf(bankOf.south().id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("skiljer sig från en av dina senaste sökningar")))
			.andExpect(content().string(not(containsString("10 invånare"))));
		// Repeating a search is not differencing.
		assertThat(search.search(official, town, roads).count().value()).isEqualTo(12);

		// Another official has no recent searches yet.
		StaffPrincipal colleague = users
			.reload(TestStaff.create(directory, users, town, Set.of(StaffRole.CONTACT_OFFICIAL),
					List.of(bankOf.town().streets().id()))
				.id())
			.orElseThrow();
		assertThat(search.search(colleague, town, roadsInSouth).count().value()).isEqualTo(10);

		// Three more in the north: the two searches now differ by 5, and the count is
		// shown.
		for (int i = 0; i < 3; i++) {
			bankOf.member(bankOf.purposes("UNDER_30", bankOf.north()));
		}
		ContactSearch.Result southAgain = search.search(official, town, roadsInSouth);
		assertThat(southAgain.tooCloseToRecent()).isFalse();
		assertThat(southAgain.count().value()).isEqualTo(10);
		assertThat(southAgain.pseudonyms()).hasSize(10);
	}

	private InvitationRequest request(String link, String target) {
		return new InvitationRequest(bankOf.roads(), bankOf.town().streets().id(), "Samtal", "Vi vill höra dig.", link,
				5, List.of(), List.of(), target);
	}

	private static EventDetails workshop(TestMunicipality town, String title) {
		Instant startsAt = Instant.now().plus(Duration.ofDays(14));
		return new EventDetails(town.streets().id(), EventKind.FUTURE_WORKSHOP, title, "Vi ses i biblioteket.",
				startsAt, startsAt.plus(Duration.ofHours(2)), "Biblioteket", null, "Hiss", Audience.PUBLIC, List.of(),
				20, null, null, 1, Promotion.DIRECT, 24, "Eva Arrangör", "eva@prov.example");
	}

}
