package se.medskapa.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestResidents;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.medskapa.support.TestResidents.signedIn;

/**
 * The contact bank end to end: the resident's journey with its mails, the official's
 * stratified invitation with replacements, "fewer than 5", tenants, withdrawn and expired
 * entries, reveal rules, the frequency limit under parallel invitations, retention.
 */
@Tag("persistence")
class ContactBankTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

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
	ContactAudit audit;

	@Autowired
	ContactRetention retention;

	ContactBankFixture bankOf;

	@BeforeEach
	void openBank() {
		bankOf = ContactBankFixture.open(municipalities, organisation, directory, users, residents, bank, settings);
	}

	String emailOf(ResidentPrincipal resident) {
		return resident.email();
	}

	@Test
	void shouldTakeAResidentFromJoiningThroughAnAcceptedInvitationToLeaving() throws Exception {
		ResidentPrincipal me = TestResidents.create(residents);
		String page = bankOf.town().path("/contact-bank");
		mvc.perform(get(page).with(signedIn(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vi sparar dina önskemål i 24 månader.")));

		// No consent ticked: 422, the choices kept, the error at its field.
		mvc.perform(post(page).with(signedIn(me))
			.with(csrf())
			.param("topics", String.valueOf(bankOf.town().roads().id()))
			.param("ways", "WORKSHOP")
			.param("frequency", "MONTH")
			.param("language", "sv")
			.param("ageBand", "UNDER_30"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kryssa i att du samtycker")))
			.andExpect(content().string(containsString("value=\"UNDER_30\" selected")));
		assertThat(bank.membership(bankOf.town().id(), me.id())).isEmpty();

		mvc.perform(post(page).with(signedIn(me))
			.with(csrf())
			.param("topics", String.valueOf(bankOf.town().roads().id()))
			.param("ways", "WORKSHOP")
			.param("frequency", "MONTH")
			.param("language", "sv")
			.param("ageBand", "UNDER_30")
			.param("consent", "true")).andExpect(status().is3xxRedirection());
		MimeMessage welcome = TestMailServer.awaitOneMailTo(emailOf(me));
		assertThat(TestMailServer.body(welcome)).contains("/contact-bank/withdraw/");
		Membership entry = bank.membership(bankOf.town().id(), me.id()).orElseThrow();
		assertThat(entry.consentVersion()).isEqualTo(1);
		assertThat(entry.ageBand()).isEqualTo("UNDER_30");

		// Change purposes: an area added, the consent unchanged.
		mvc.perform(post(page).with(signedIn(me))
			.with(csrf())
			.param("topics", String.valueOf(bankOf.town().roads().id()))
			.param("districts", String.valueOf(bankOf.north().id()))
			.param("ways", "WORKSHOP", "SURVEY")
			.param("frequency", "QUARTER")
			.param("language", "sv")
			.param("ageBand", "UNDER_30")).andExpect(status().is3xxRedirection());
		assertThat(bank.membership(bankOf.town().id(), me.id()).orElseThrow().districts())
			.containsExactly(bankOf.north().id());

		for (int i = 0; i < 4; i++) {
			bankOf.member(bankOf.purposes("UNDER_30", bankOf.north()));
		}
		ContactInvitations.Outcome outcome = invitations.invite(bankOf.principal(bankOf.official()), bankOf.town().id(),
				new InvitationRequest(bankOf.roads(), bankOf.town().streets().id(), "Workshop om gångvägar",
						"Välkommen till en workshop.", null, 5, List.of()));
		assertThat(outcome.invited()).isEqualTo(5);
		// (A mark does not separate mails to an address that already has one: GreenMail
		// lists the received mail mailbox by mailbox. The subjects are unique here.)
		MimeMessage invitationMail = TestMailServer.awaitMailWithSubject(emailOf(me), TestMailServer.Mark.START,
				"Inbjudan: Workshop om gångvägar");
		assertThat(TestMailServer.body(invitationMail)).contains("/contact-bank/withdraw/");
		String answerLink = TestMailServer.linkIn(invitationMail, "/contact-bank/answer/");
		String answerPath = answerLink.substring(answerLink.indexOf("/contact-bank/answer/"));

		String detail = bankOf.town().path("/staff/contacts/invitations/" + outcome.invitationId());
		mvc.perform(get(detail).with(bankOf.official().signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(emailOf(me)))));

		mvc.perform(get(answerPath))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Välkommen till en workshop.")));
		mvc.perform(post(answerPath).with(csrf()).param("answer", "yes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enheten hör av sig")));

		mvc.perform(get(detail).with(bankOf.official().signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(emailOf(me))));

		mvc.perform(get(page).with(signedIn(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Workshop om gångvägar")))
			.andExpect(content().string(containsString("Gata och park")))
			.andExpect(content().string(containsString("Tackade ja")));
		assertThat(bank.reveals(bankOf.town().id(), me.id())).hasSize(1);

		mvc.perform(get(page + "/export").with(signedIn(me)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString(entry.pseudonym())))
			.andExpect(content().string(containsString("Workshop om gångvägar")));

		// Withdrawal by the link in the mail: at once.
		String withdrawLink = TestMailServer.linkIn(welcome, "/contact-bank/withdraw/");
		mvc.perform(get(withdrawLink.substring(withdrawLink.indexOf("/contact-bank/withdraw/"))))
			.andExpect(status().isOk());
		assertThat(bank.membership(bankOf.town().id(), me.id()).orElseThrow().withdrawnAt()).isNotNull();

		mvc.perform(post(page + "/leave").with(signedIn(me)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(bank.membership(bankOf.town().id(), me.id())).isEmpty();
		assertThat(jdbc.sql("select count(*) from contact_audit where municipality_id = ? and kind = 'REVEAL'")
			.param(bankOf.town().id())
			.query(Integer.class)
			.single()).as("the reveal stays in the log, no longer to whom").isEqualTo(1);
	}

	@Test
	void shouldDrawAStratifiedSampleAndReplaceADeclineFromTheSameStratum() throws Exception {
		List<ResidentPrincipal> young = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			young.add(bankOf.member(bankOf.purposes("UNDER_30", bankOf.south())));
		}
		for (int i = 0; i < 6; i++) {
			bankOf.member(bankOf.purposes("FROM_45_TO_64", i < 3 ? bankOf.north() : bankOf.south()));
		}
		mvc.perform(get(bankOf.town().path("/staff/contacts")).param("search", "1")
			.param("topicId", String.valueOf(bankOf.town().roads().id()))
			.with(bankOf.official().signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("12 invånare passar sökningen.")));

		ContactInvitations.Outcome outcome = invitations.invite(bankOf.principal(bankOf.official()), bankOf.town().id(),
				new InvitationRequest(bankOf.roads(), bankOf.town().streets().id(), "Workshop", "Välkommen.", null, 4,
						List.of(new InvitationRequest.Quota("AGE_BAND:UNDER_30", 2),
								new InvitationRequest.Quota("AREA:" + bankOf.north().id(), 1))));
		assertThat(outcome.invited()).isEqualTo(4);
		record Drawn(long memberId, String stratum, String status, String ageBand, Long[] districts) {
		}
		List<Drawn> drawn = jdbc.sql("""
				select r.member_id, r.stratum, r.status, m.age_band, m.districts from contact_recipient r
				join contact_member m on m.id = r.member_id where r.invitation_id = ? order by r.position""")
			.param(outcome.invitationId())
			.query((rs, row) -> new Drawn(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					(Long[]) rs.getArray(5).getArray()))
			.list();
		List<Drawn> invited = drawn.stream().filter(d -> d.status().equals("INVITED")).toList();
		assertThat(invited).hasSize(4);
		assertThat(invited).filteredOn(d -> "UNDER_30".equals(d.ageBand())).hasSizeGreaterThanOrEqualTo(2);
		assertThat(invited).filteredOn(d -> List.of(d.districts()).contains(bankOf.north().id()))
			.hasSizeGreaterThanOrEqualTo(1);
		assertThat(drawn).filteredOn(d -> d.status().equals("RESERVE")).hasSize(8);

		// A young invitee declines: the next young reserve is invited.
		Drawn decliner = invited.stream()
			.filter(d -> "AGE_BAND:UNDER_30".equals(d.stratum()))
			.findFirst()
			.orElseThrow();
		ResidentPrincipal declining = young.stream()
			.filter(resident -> bank.membership(bankOf.town().id(), resident.id()).orElseThrow().id() == decliner
				.memberId())
			.findFirst()
			.orElseThrow();
		MimeMessage mail = TestMailServer.awaitMailWithSubject(declining.email(), TestMailServer.Mark.START,
				"Inbjudan: Workshop");
		String link = TestMailServer.linkIn(mail, "/contact-bank/answer/");
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(invitations.answer(token, false)).isEqualTo("DECLINED");
		record Status(String status, String ageBand) {
		}
		List<Status> after = jdbc.sql("""
				select r.status, m.age_band from contact_recipient r join contact_member m on m.id = r.member_id
				where r.invitation_id = ? order by r.position""")
			.param(outcome.invitationId())
			.query(Status.class)
			.list();
		assertThat(after).filteredOn(s -> s.status().equals("INVITED")).hasSize(4);
		assertThat(after).filteredOn(s -> s.status().equals("INVITED") && s.ageBand().equals("UNDER_30"))
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(invitations.answer(token, true)).as("an answered invitation stays answered").isEqualTo("DECLINED");

		// The admin's audit log: the search and the invitation, with who and the
		// criteria.
		mvc.perform(get(bankOf.town().path("/admin/contacts/audit")).with(bankOf.admin().signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sökning")))
			.andExpect(content().string(containsString("quotas: AGE_BAND:UNDER_30&gt;=2")));
		assertThat(audit.entries(bankOf.principal(bankOf.admin()), bankOf.town().id(), "INVITATION", null, null, null))
			.singleElement()
			.satisfies(entry -> assertThat(entry.hits().toString()).isEqualTo("<5"));
	}

	@Test
	void shouldNeverShowACountBelowFiveExactlyNorRowsThatWouldTellIt() throws Exception {
		for (int i = 0; i < 4; i++) {
			bankOf.member();
		}
		mvc.perform(get(bankOf.town().path("/staff/contacts")).param("search", "1")
			.param("topicId", String.valueOf(bankOf.town().roads().id()))
			.with(bankOf.official().signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Färre än 5 invånare passar sökningen.")))
			.andExpect(content().string(not(containsString("K-"))))
			.andExpect(content().string(not(containsString("4 invånare"))));
		ContactSearch.Result few = search.search(bankOf.principal(bankOf.official()), bankOf.town().id(),
				bankOf.roads());
		assertThat(few.count().shown()).isFalse();
		assertThat(few.pseudonyms()).isEmpty();
		assertThatThrownBy(() -> few.count().value()).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(
				() -> invitations.invite(bankOf.principal(bankOf.official()), bankOf.town().id(), new InvitationRequest(
						bankOf.roads(), bankOf.town().streets().id(), "Fråga", "Text", null, 2, List.of())))
			.isInstanceOf(InvalidContactInputException.class);

		// Positive control: the fifth makes the count exact and the rows shown.
		bankOf.member();
		ContactSearch.Result five = search.search(bankOf.principal(bankOf.official()), bankOf.town().id(),
				bankOf.roads());
		assertThat(five.count().value()).isEqualTo(5);
		assertThat(five.pseudonyms()).hasSize(5);
	}

	@Test
	void shouldKeepEveryBankToItsOwnMunicipalityCountsIncluded() throws Exception {
		for (int i = 0; i < 6; i++) {
			bankOf.member();
		}
		ContactBankFixture other = ContactBankFixture.open(municipalities, organisation, directory, users, residents,
				bank, settings);
		// The other municipality's official, with the first one's topic id, on their own
		// slug.
		SearchCriteria foreignTopic = bankOf.roads();
		ContactSearch.Result result = search.search(other.principal(other.official()), other.town().id(), foreignTopic);
		assertThat(result.count().shown()).isFalse();
		assertThat(result.pseudonyms()).isEmpty();
		// Through the facade on the first municipality: refused.
		assertThatThrownBy(() -> search.search(other.principal(other.official()), bankOf.town().id(), foreignTopic))
			.isInstanceOf(ContactAccessDeniedException.class);
		// Through the pages under the first municipality's slug: a closed door.
		mvc.perform(get(bankOf.town().path("/staff/contacts")).param("search", "1").with(other.official().signedIn()))
			.andExpect(status().isForbidden());
		ContactInvitations.Outcome outcome = invitations.invite(bankOf.principal(bankOf.official()), bankOf.town().id(),
				new InvitationRequest(bankOf.roads(), bankOf.town().streets().id(), "Fråga", "Text", null, 5,
						List.of()));
		mvc.perform(get(other.town().path("/staff/contacts/invitations/" + outcome.invitationId()))
			.with(other.official().signedIn())).andExpect(status().isNotFound());
		// Positive control: the same search by the bank's own official.
		assertThat(search.search(bankOf.principal(bankOf.official()), bankOf.town().id(), foreignTopic).count().value())
			.isEqualTo(6);
	}

	@Test
	void shouldRevealContactDetailsOnlyAfterAYesAndOnlyToTheInvitingUnit() throws Exception {
		List<ResidentPrincipal> members = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			members.add(bankOf.member());
		}
		TestStaff libraryOfficial = TestStaff.create(directory, users, bankOf.town().id(),
				Set.of(StaffRole.CONTACT_OFFICIAL), List.of(bankOf.town().library().id()));
		TestStaff streetsHandler = TestStaff.create(directory, users, bankOf.town().id(), Set.of(StaffRole.HANDLER),
				List.of(bankOf.town().streets().id()));
		ContactInvitations.Outcome outcome = invitations.invite(bankOf.principal(bankOf.official()), bankOf.town().id(),
				new InvitationRequest(bankOf.roads(), bankOf.town().streets().id(), "Intervju", "Text",
						"https://example.se/enkat", 5, List.of()));
		ResidentPrincipal accepting = members.get(0);
		String link = TestMailServer.linkIn(
				TestMailServer.awaitMailWithSubject(accepting.email(), TestMailServer.Mark.START, "Inbjudan: Intervju"),
				"/contact-bank/answer/");
		String detail = bankOf.town().path("/staff/contacts/invitations/" + outcome.invitationId());
		mvc.perform(get(detail).with(bankOf.official().signedIn()))
			.andExpect(content().string(not(containsString(accepting.email()))));
		invitations.answer(link.substring(link.lastIndexOf('/') + 1), true);

		mvc.perform(get(detail).with(bankOf.official().signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(accepting.email())))
			.andExpect(content().string(not(containsString(members.get(1).email()))));
		mvc.perform(get(detail).with(libraryOfficial.signedIn())).andExpect(status().isNotFound());
		mvc.perform(get(detail).with(streetsHandler.signedIn())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from contact_audit where municipality_id = ? and kind = 'REVEAL'")
			.param(bankOf.town().id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void shouldNeverFindNorInviteWithdrawnOrExpiredResidents() throws Exception {
		List<ResidentPrincipal> active = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			active.add(bankOf.member());
		}
		ResidentPrincipal withdrawn = bankOf.member();
		ResidentPrincipal expired = bankOf.member();
		bank.withdraw(bankOf.town().id(), withdrawn.id());
		jdbc.sql("""
				update contact_member set consent_expires_at = now() - interval '1 day'
				where municipality_id = ? and resident_id = ?""").params(bankOf.town().id(), expired.id()).update();
		String withdrawnPseudonym = bank.membership(bankOf.town().id(), withdrawn.id()).orElseThrow().pseudonym();
		String expiredPseudonym = bank.membership(bankOf.town().id(), expired.id()).orElseThrow().pseudonym();

		ContactSearch.Result result = search.search(bankOf.principal(bankOf.official()), bankOf.town().id(),
				bankOf.roads());
		assertThat(result.count().value()).isEqualTo(5);
		assertThat(result.pseudonyms()).hasSize(5).doesNotContain(withdrawnPseudonym, expiredPseudonym);

		ContactInvitations.Outcome outcome = invitations.invite(bankOf.principal(bankOf.official()), bankOf.town().id(),
				new InvitationRequest(bankOf.roads(), bankOf.town().streets().id(), "Enkät", "Text", null, 7,
						List.of()));
		assertThat(outcome.invited()).isEqualTo(5);
		for (ResidentPrincipal resident : active) {
			TestMailServer.awaitMailWithSubject(resident.email(), TestMailServer.Mark.START, "Inbjudan: Enkät");
		}
		assertThat(TestMailServer.subjects(TestMailServer.mailsTo(withdrawn.email())))
			.containsExactly("Du är med i kontaktbanken i Provköpings kommun");
		assertThat(TestMailServer.subjects(TestMailServer.mailsTo(expired.email())))
			.containsExactly("Du är med i kontaktbanken i Provköpings kommun");
	}

	@Test
	void shouldHoldTheFrequencyLimitWhenTwoOfficialsInviteAtTheSameMoment() throws Exception {
		List<ResidentPrincipal> members = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			members.add(bankOf.member());
		}
		TestStaff second = TestStaff.create(directory, users, bankOf.town().id(), Set.of(StaffRole.CONTACT_OFFICIAL),
				List.of(bankOf.town().library().id()));
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<ContactInvitations.Outcome>> outcomes = new ArrayList<>();
			for (TestStaff official : List.of(bankOf.official(), second)) {
				long unit = official == second ? bankOf.town().library().id() : bankOf.town().streets().id();
				outcomes.add(pool.submit(() -> {
					start.await();
					return invitations.invite(bankOf.principal(official), bankOf.town().id(),
							new InvitationRequest(bankOf.roads(), unit, "Parallell", "Text", null, 6, List.of()));
				}));
			}
			int invited = 0;
			for (Future<ContactInvitations.Outcome> outcome : outcomes) {
				invited += outcome.get().invited();
			}
			assertThat(invited).isEqualTo(6);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("""
				select count(*) from contact_recipient r join contact_invitation i on i.id = r.invitation_id
				where i.municipality_id = ? and r.status = 'INVITED'""")
			.param(bankOf.town().id())
			.query(Integer.class)
			.single()).isEqualTo(6);
		for (ResidentPrincipal member : members) {
			TestMailServer.awaitMailWithSubject(member.email(), TestMailServer.Mark.START, "Inbjudan: Parallell");
		}
		// A third invitation now finds everyone over their limit and says so.
		ContactInvitations.Outcome third = invitations.invite(bankOf.principal(bankOf.official()), bankOf.town().id(),
				new InvitationRequest(bankOf.roads(), bankOf.town().streets().id(), "Igen", "Text", null, 6,
						List.of()));
		assertThat(third.invited()).isZero();
		assertThat(third.leftOut().value()).isEqualTo(6);
	}

	@Test
	void shouldRemindThirtyDaysBeforeExpiryAndDeleteExpiredEntriesAfterTheReminder() throws Exception {
		ResidentPrincipal soon = bankOf.member();
		ResidentPrincipal later = bankOf.member();
		ResidentPrincipal withdrawn = bankOf.member();
		bank.withdraw(bankOf.town().id(), withdrawn.id());
		jdbc.sql("""
				update contact_member set consent_expires_at = now() + interval '10 days'
				where municipality_id = ? and resident_id = ?""").params(bankOf.town().id(), soon.id()).update();
		String reminderSubject = "Ditt samtycke i kontaktbanken i Provköpings kommun går snart ut";
		retention.run();
		MimeMessage reminder = TestMailServer.awaitMailWithSubject(soon.email(), TestMailServer.Mark.START,
				reminderSubject);
		assertThat(TestMailServer.body(reminder)).contains(bankOf.town().path("/contact-bank"))
			.contains("/contact-bank/withdraw/");
		assertThat(TestMailServer.subjects(TestMailServer.mailsTo(later.email()))).doesNotContain(reminderSubject);
		retention.run();
		TestMailServer.awaitMailWithSubject(soon.email(), TestMailServer.Mark.START, reminderSubject);
		assertThat(bank.membership(bankOf.town().id(), soon.id())).isPresent();

		jdbc.sql("""
				update contact_member set consent_expires_at = now() - interval '1 minute'
				where municipality_id = ? and resident_id = ?""").params(bankOf.town().id(), soon.id()).update();
		jdbc.sql("""
				update contact_member set consent_expires_at = now() - interval '1 minute'
				where municipality_id = ? and resident_id = ?""").params(bankOf.town().id(), withdrawn.id()).update();
		retention.run();
		assertThat(bank.membership(bankOf.town().id(), soon.id())).isEmpty();
		assertThat(bank.membership(bankOf.town().id(), withdrawn.id())).as("withdrawn, then expired").isEmpty();
		assertThat(bank.membership(bankOf.town().id(), later.id())).isPresent();
	}

	@Test
	void shouldLetOnlyContactOfficialsSearchAndOnlyAdminsAdminister() throws Exception {
		mvc.perform(get(bankOf.town().path("/staff/contacts")).with(bankOf.admin().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get(bankOf.town().path("/admin/contacts")).with(bankOf.official().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get(bankOf.town().path("/admin/contacts")).with(bankOf.admin().signedIn()))
			.andExpect(status().isOk());
		mvc.perform(get(bankOf.town().path("/staff/contacts/guide")).with(bankOf.official().signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kom igång med medskapande")));
		MvcResult saved = mvc
			.perform(post(bankOf.town().path("/admin/contacts")).with(bankOf.admin().signedIn())
				.with(csrf())
				.param("consentText", "Ny text.")
				.param("legalBasis", "")
				.param("guide", "Fråga bara om det som går att påverka."))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(saved.getResponse().getContentAsString()).contains("Ny text.");
		mvc.perform(post(bankOf.town().path("/admin/contacts")).with(bankOf.admin().signedIn())
			.with(csrf())
			.param("consentText", "Ny text.")
			.param("legalBasis", "Samtycke")
			.param("backgroundFields", "AGE_BAND", "OCCUPATION")
			.param("guide", "Fråga bara om det som går att påverka.")
			.param("districtName", "Hortlax")).andExpect(status().is3xxRedirection());
		assertThat(settings.currentConsent(bankOf.town().id()).orElseThrow().version()).isEqualTo(2);
		assertThat(settings.districts(bankOf.town().id())).extracting(District::name).contains("Hortlax");
		mvc.perform(get(bankOf.town().path("/staff/contacts/guide")).with(bankOf.official().signedIn()))
			.andExpect(content().string(containsString("Fråga bara om det som går att påverka.")));
	}

	@Test
	void shouldInviteExactlyThePickedPseudonymsOfTheSearch() throws Exception {
		List<ResidentPrincipal> members = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			members.add(bankOf.member());
		}
		ContactBankFixture other = ContactBankFixture.open(municipalities, organisation, directory, users, residents,
				bank, settings);
		ResidentPrincipal stranger = other.member();
		String strangerPseudonym = bank.membership(other.town().id(), stranger.id()).orElseThrow().pseudonym();
		List<String> pseudonyms = search.search(bankOf.principal(bankOf.official()), bankOf.town().id(), bankOf.roads())
			.pseudonyms();
		List<String> picked = List.of(pseudonyms.get(1), pseudonyms.get(4), strangerPseudonym);

		ContactInvitations.Outcome outcome = invitations.invite(bankOf.principal(bankOf.official()), bankOf.town().id(),
				new InvitationRequest(bankOf.roads(), bankOf.town().streets().id(), "Utvalda", "Text", null, 0,
						List.of(), picked));

		assertThat(outcome.invited()).isEqualTo(2);
		assertThat(jdbc.sql("""
				select m.pseudonym from contact_recipient r join contact_member m on m.id = r.member_id
				where r.invitation_id = ? and r.status = 'INVITED' order by m.pseudonym""")
			.param(outcome.invitationId())
			.query(String.class)
			.list()).containsExactly(pseudonyms.get(1), pseudonyms.get(4));
		assertThat(TestMailServer.subjects(TestMailServer.mailsTo(stranger.email())))
			.doesNotContain("Inbjudan: Utvalda");
	}

}
