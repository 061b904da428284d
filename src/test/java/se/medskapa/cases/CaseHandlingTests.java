package se.medskapa.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.shared.NotFoundException;
import se.medskapa.support.CaseRowRace;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The idea sluice end to end: coach, unit, handler, hand-over, answer, and what the
 * resident sees and hears.
 */
@Tag("persistence")
class CaseHandlingTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	CaseMails caseMails;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	Municipality umea;

	Unit streets;

	Unit culture;

	TestStaff coach;

	TestStaff handler;

	TestStaff otherHandler;

	@BeforeEach
	void staff() {
		umea = municipalities.requireBySlug("umea");
		List<Unit> units = organisation.units(umea.id());
		streets = units.get(0);
		culture = units.get(1);
		coach = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		handler = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.HANDLER), List.of(streets.id()));
		otherHandler = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.HANDLER), List.of(culture.id()));
	}

	@Test
	void shouldCarryACaseThroughTheWholeSluiceAndKeepTheResidentInformed() throws Exception {
		String email = "resident-" + UUID.randomUUID() + "@example.se";
		SubmittedCase submitted = intake.submit(umea,
				new CaseSubmission(CaseKind.PROPOSAL, "Belysning på cykelbanan",
						"Cykelbanan vid Nydala är mörk. Mitt telefonnummer är 070-1234567.", null, "Nydala", "Ali",
						email, true, "sv", null, null, false));
		String ref = submitted.reference();

		// The coach routes it to the streets unit and publishes a reviewed version
		// without the phone number.
		mvc.perform(post("/umea/staff/cases/" + ref + "/route").param("unitId", String.valueOf(streets.id()))
			.param("publish", "true")
			.param("publicTitle", "Belysning på cykelbanan")
			.param("publicDescription", "Cykelbanan vid Nydala är mörk.")
			.with(coach.signedIn())
			.with(csrf())).andExpect(flash().attribute("flash", "flash.case.routed"));
		// A handler of the streets unit takes it and becomes the named contact.
		mvc.perform(post("/umea/staff/cases/" + ref + "/take").with(handler.signedIn()).with(csrf()))
			.andExpect(flash().attribute("flash", "flash.case.taken"));
		// It belongs to culture after all: handed over with a note; the reference and
		// deadlines stay.
		mvc.perform(post("/umea/staff/cases/" + ref + "/hand-over").param("toUnitId", String.valueOf(culture.id()))
			.param("note", "Gäller konstbelysning")
			.with(handler.signedIn())
			.with(csrf())).andExpect(flash().attribute("flash", "flash.case.handedOver"));
		mvc.perform(post("/umea/staff/cases/" + ref + "/take").with(otherHandler.signedIn()).with(csrf()));
		mvc.perform(post("/umea/staff/cases/" + ref + "/status").param("status", "PLANNED")
			.param("publicMessage", "Belysning planeras till hösten.")
			.param("internalNote", "Budget finns i KF-beslut")
			.with(otherHandler.signedIn())
			.with(csrf())).andExpect(flash().attribute("flash", "flash.case.statusChanged"));

		StaffCaseDetail detail = jdbcDetail(ref);
		assertThat(detail.status()).isEqualTo(CaseStatus.PLANNED);
		assertThat(detail.unitId()).isEqualTo(culture.id());
		assertThat(detail.hops()).isEqualTo(1);
		assertThat(detail.acknowledgedAt()).isNotNull();
		assertThat(detail.answeredAt()).isNotNull();

		// The resident heard of every step by mail, once, without a mail per internal
		// move: the receipt, and the moves (routed, taken, handed over, taken) in the
		// status mail or, those whose turn came after it, in one more mail when their
		// window has passed (UX finding 12); each mail has a working tracking link.
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("""
					select count(*) from event_publication where completion_date is null and listener_id like ?
					  and (serialized_event::jsonb ->> 'caseId')::bigint = ?""")
				.params(CaseMails.class.getName() + ".%", submitted.id())
				.query(Long.class)
				.single() == 0);
		caseMails.sendDueMoveMails(Instant.now().plus(Duration.ofMinutes(3)));
		// Every listener has run and the job has sent what waited: all mail is in.
		List<MimeMessage> mails = TestMailServer.mailsTo(email);
		String update = "Nytt i ditt ärende " + ref;
		assertThat(TestMailServer.subjects(mails)).hasSizeBetween(2, 3)
			.containsOnly("Vi har tagit emot ditt ärende " + ref, update)
			.containsOnlyOnce("Vi har tagit emot ditt ärende " + ref);
		String told = String.join("\n", mails.stream().map(TestMailServer::body).toList());
		assertThat(told).contains("skickats till " + streets.name(), "lämnats över till " + culture.name(),
				"Status ändrad till Planerat.", "Belysning planeras till hösten.");
		MimeMessage last = mails.stream()
			.filter(mail -> TestMailServer.body(mail).contains("Belysning planeras till hösten."))
			.findFirst()
			.orElseThrow();
		String link = TestMailServer.linkIn(last, "/umea/track/");
		mvc.perform(get(link.substring(link.indexOf("/umea/track/"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Belysning planeras till hösten.")))
			.andExpect(content().string(containsString("Planerat")))
			.andExpect(content().string(not(containsString("Budget finns i KF-beslut"))))
			.andExpect(content().string(not(containsString("Gäller konstbelysning"))));
	}

	@Test
	void shouldLetTheResidentReplyAndWithdrawThroughTheTrackingLink() throws Exception {
		SubmittedCase submitted = intake.submit(umea, submission());
		handling.routeCase(principal(coach), umea.id(), submitted.reference(), streets.id(), null, null);
		handling.takeCase(principal(handler), umea.id(), submitted.reference());

		TestMailServer.Mark beforeReply = TestMailServer.mark();
		mvc.perform(post("/umea/track/" + submitted.trackingToken() + "/reply").param("message", "Här är en bild till.")
			.with(csrf())).andExpect(flash().attribute("flash", "flash.case.replySent"));
		// The handler, the named contact, hears of the reply once (the queue mail they
		// got when the case was routed does not count).
		TestMailServer.awaitMailWithSubject(handler.email(), beforeReply,
				"Invånaren har svarat i ärende " + submitted.reference());
		assertThat(jdbcDetail(submitted.reference()).timeline())
			.anyMatch(entry -> entry.type() == CaseEventType.RESIDENT_REPLY
					&& "Här är en bild till.".equals(entry.residentMessage()));

		mvc.perform(post("/umea/track/" + submitted.trackingToken() + "/withdraw").with(csrf()))
			.andExpect(flash().attribute("flash", "flash.case.withdrawn"));
		assertThat(jdbcDetail(submitted.reference()).status()).isEqualTo(CaseStatus.WITHDRAWN);
		mvc.perform(post("/umea/track/" + submitted.trackingToken() + "/withdraw").with(csrf()))
			.andExpect(flash().attribute("caseError", "case.error.closed"));
	}

	/**
	 * Both coaches read the case before either writes (their UPDATEs meet on the held
	 * row): the status guard cannot tell them apart, only the version can.
	 */
	@Test
	void shouldLeaveOneConsistentResultWhenTwoCoachesRouteAtOnce() throws Exception {
		TestStaff secondCoach = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		SubmittedCase submitted = intake.submit(umea, submission());

		List<String> outcomes = CaseRowRace.run(dataSource, jdbc, submitted.id(), "update cases set status",
				() -> route(coach, submitted.reference(), streets.id()),
				() -> route(secondCoach, submitted.reference(), culture.id()));

		assertThat(outcomes).containsExactlyInAnyOrder("routed", ConcurrentCaseChangeException.class.getSimpleName());
		StaffCaseDetail detail = jdbcDetail(submitted.reference());
		assertThat(detail.status()).isEqualTo(CaseStatus.WITH_UNIT);
		assertThat(detail.unitId()).isIn(streets.id(), culture.id());
		assertThat(detail.timeline()).filteredOn(entry -> entry.type() == CaseEventType.ROUTED).hasSize(1);
	}

	@Test
	void shouldRejectInvalidTransitionsWithClearReasons() {
		SubmittedCase submitted = intake.submit(umea, submission());
		String ref = submitted.reference();
		assertThatThrownBy(() -> handling.answerCaseDirectly(principal(coach), umea.id(), ref, " "))
			.isInstanceOf(InvalidCaseActionException.class)
			.hasMessage("case.error.messageRequired");
		handling.routeCase(principal(coach), umea.id(), ref, streets.id(), null, null);
		assertThatThrownBy(
				() -> handling.changeCaseStatus(principal(handler), umea.id(), ref, CaseStatus.PLANNED, null, null))
			.hasMessage("case.error.takeFirst");
		handling.takeCase(principal(handler), umea.id(), ref);
		assertThatThrownBy(
				() -> handling.changeCaseStatus(principal(handler), umea.id(), ref, CaseStatus.DECLINED, " ", null))
			.hasMessage("case.error.declineReasonRequired");
		assertThatThrownBy(() -> handling.handOverCase(principal(handler), umea.id(), ref, culture.id(), ""))
			.hasMessage("case.error.noteRequired");
		assertThatThrownBy(() -> handling.returnCaseToCoach(principal(handler), umea.id(), ref, null))
			.hasMessage("case.error.reasonRequired");
		handling.changeCaseStatus(principal(handler), umea.id(), ref, CaseStatus.DECLINED,
				"Ligger utanför kommunens ansvar.", null);
		assertThatThrownBy(
				() -> handling.changeCaseStatus(principal(handler), umea.id(), ref, CaseStatus.PLANNED, null, null))
			.hasMessage("case.error.closed");
	}

	@Test
	void shouldRefuseStaffOutsideTheCasesUnitOrRole() {
		SubmittedCase submitted = intake.submit(umea, submission());
		assertThatThrownBy(() -> handling.routeCase(principal(handler), umea.id(), submitted.reference(), streets.id(),
				null, null))
			.isInstanceOf(CaseAccessDeniedException.class);
		handling.routeCase(principal(coach), umea.id(), submitted.reference(), streets.id(), null, null);
		assertThatThrownBy(() -> handling.takeCase(principal(otherHandler), umea.id(), submitted.reference()))
			.isInstanceOf(CaseAccessDeniedException.class);
		// Staff of another municipality do not even find the case.
		Municipality boras = municipalities.requireBySlug("boras");
		TestStaff borasCoach = TestStaff.create(directory, users, boras.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		assertThatThrownBy(
				() -> handling.answerCaseDirectly(principal(borasCoach), boras.id(), submitted.reference(), "Hej"))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void shouldKeepStaffOfAnotherMunicipalityOutOfTheCasePages() throws Exception {
		SubmittedCase submitted = intake.submit(umea, submission());
		Municipality boras = municipalities.requireBySlug("boras");
		TestStaff borasCoach = TestStaff.create(directory, users, boras.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		mvc.perform(get("/umea/staff/cases").with(borasCoach.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/umea/staff/cases/" + submitted.reference()).with(borasCoach.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/umea/staff/cases/" + submitted.reference() + "/answer").param("publicMessage", "Kapat")
			.with(borasCoach.signedIn())
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/boras/staff/cases/" + submitted.reference()).with(borasCoach.signedIn()))
			.andExpect(status().isNotFound());
		assertThat(jdbcDetail(submitted.reference()).status()).isEqualTo(CaseStatus.RECEIVED);
	}

	@Test
	void shouldShowQueuesAndTheCasePageToTheRightStaff() throws Exception {
		SubmittedCase submitted = intake.submit(umea, submission());
		mvc.perform(get("/umea/staff/cases").with(coach.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(submitted.reference())));
		mvc.perform(get("/umea/staff/cases/" + submitted.reference()).with(coach.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skicka till enheten")));
		// A handler sees it only once it is in their unit.
		mvc.perform(get("/umea/staff/cases/" + submitted.reference()).with(handler.signedIn()))
			.andExpect(status().isForbidden());
		handling.routeCase(principal(coach), umea.id(), submitted.reference(), streets.id(), null, null);
		mvc.perform(get("/umea/staff/cases").with(handler.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(submitted.reference())));
		mvc.perform(get("/umea/staff/cases/" + submitted.reference()).with(handler.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ta ärendet")));
	}

	@Test
	void shouldReturnCasesOfADeactivatedHandlerToTheUnitQueueAndTellTheLead() throws Exception {
		TestStaff lead = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.UNIT_LEAD, StaffRole.HANDLER),
				List.of(streets.id()));
		TestStaff admin = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of());
		SubmittedCase submitted = intake.submit(umea, submission());
		handling.routeCase(principal(coach), umea.id(), submitted.reference(), streets.id(), null, null);
		handling.takeCase(principal(handler), umea.id(), submitted.reference());

		directory.deactivate(umea.id(), handler.id(), admin.id());

		await().untilAsserted(() -> {
			StaffCaseDetail detail = jdbcDetail(submitted.reference());
			assertThat(detail.contactStaffId()).isNull();
			assertThat(detail.unitId()).isEqualTo(streets.id());
			assertThat(detail.status().isClosed()).isFalse();
		});
		TestMailServer.awaitMailWithSubject(lead.email(), TestMailServer.Mark.START,
				"Ärende utan kontaktperson: " + submitted.reference());
	}

	@Test
	void shouldForwardToAnotherAuthorityAndMergeDuplicates() {
		SubmittedCase first = intake.submit(umea, submission());
		SubmittedCase duplicate = intake.submit(umea, submission());
		handling.mergeCase(principal(coach), umea.id(), duplicate.reference(), first.reference(),
				"Samma som " + first.reference());
		assertThat(jdbcDetail(duplicate.reference()).mergedIntoReference()).isEqualTo(first.reference());
		assertThat(jdbcDetail(duplicate.reference()).status()).isEqualTo(CaseStatus.MERGED);

		handling.routeCase(principal(coach), umea.id(), first.reference(), streets.id(), null, null);
		handling.forwardCase(principal(handler), umea.id(), first.reference(), "Trafikverket",
				"E4 sköts av Trafikverket, ring 0771-921 921.");
		StaffCaseDetail forwarded = jdbcDetail(first.reference());
		assertThat(forwarded.status()).isEqualTo(CaseStatus.FORWARDED);
		assertThat(forwarded.forwardedTo()).isEqualTo("Trafikverket");
		assertThat(forwarded.closedAt()).isNotNull();
	}

	@Test
	void shouldTakeInternalIdeasFromStaffIntoTheSluiceWithoutEverPublishingThem() throws Exception {
		MvcResult result = mvc
			.perform(post("/umea/staff/cases").param("kind", "IDEA")
				.param("title", "Digital kallelse till föräldramöten")
				.param("description", "Spara porto och tid.")
				.with(handler.signedIn())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String reference = result.getResponse().getRedirectedUrl().substring("/umea/staff/cases/".length());
		StaffCaseDetail detail = jdbcDetail(reference);
		assertThat(detail.internal()).isTrue();
		assertThat(detail.status()).isEqualTo(CaseStatus.RECEIVED);
		assertThatThrownBy(() -> handling.publishCase(principal(coach), umea.id(), reference,
				new CaseHandling.PublicVersion("Publik", "Text")))
			.hasMessage("case.error.noPublishPermission");
		mvc.perform(get("/umea/cases/" + reference)).andExpect(status().isNotFound());
	}

	@Test
	void shouldNeitherOfferNorTakeACitizenProposalFromStaff() throws Exception {
		mvc.perform(get("/umea/staff/cases/new").with(handler.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"IDEA\"")))
			.andExpect(content().string(not(containsString("value=\"PROPOSAL\""))));
		long before = jdbc.sql("select count(*) from cases where municipality_id = ?")
			.param(umea.id())
			.query(Long.class)
			.single();
		mvc.perform(post("/umea/staff/cases").param("kind", "PROPOSAL")
			.param("title", "Ett forslag fran personalen")
			.param("description", "Går inte.")
			.with(handler.signedIn())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ett forslag fran personalen")))
			.andExpect(content().string(containsString("Välj ett alternativ.")));
		assertThat(jdbc.sql("select count(*) from cases where municipality_id = ?")
			.param(umea.id())
			.query(Long.class)
			.single()).isEqualTo(before);
	}

	/** "routed", or the simple name of the exception that refused the route. */
	private String route(TestStaff who, String reference, long unitId) {
		try {
			handling.routeCase(principal(who), umea.id(), reference, unitId, null, null);
			return "routed";
		}
		catch (InvalidCaseActionException ex) {
			return ex.getClass().getSimpleName();
		}
	}

	private StaffCaseDetail jdbcDetail(String reference) {
		return views.detail(umea.id(), reference).orElseThrow();
	}

	@Autowired
	StaffCaseViews views;

	private StaffPrincipal principal(TestStaff staff) {
		return users.reload(staff.id()).orElseThrow();
	}

	static CaseSubmission submission() {
		return new CaseSubmission(CaseKind.IDEA, "Fler papperskorgar", "Vid busshållplatsen saknas papperskorg.", null,
				null, null, null, false, "sv", null, null, false);
	}

}
