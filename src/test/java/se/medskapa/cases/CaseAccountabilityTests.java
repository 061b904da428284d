package se.medskapa.cases;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.events.CaseDeadlineMissed;
import se.medskapa.cases.events.CaseDeadlineMissed.Deadline;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.support.CaseRowRace;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.RecordedEvents;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nobody forgets a case. Never orphaned: every open case is in the coach queue or with a
 * unit (the database refuses anything else), and a named contact who leaves the case's
 * unit, by an admin's change or behind the application's back, is released back to the
 * unit queue. A missed deadline is escalated once per breach, also when two nodes run the
 * watch at the same moment: the claim is one atomic UPDATE. The scheduled runs are off in
 * tests (application-test.properties), so only the tests' own calls claim and release.
 */
@Tag("persistence")
class CaseAccountabilityTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	AccountabilityCheck accountabilityCheck;

	@Autowired
	DeadlineWatch deadlineWatch;

	@Autowired
	DataSource dataSource;

	@Autowired
	StaffCaseViews views;

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

	Municipality umea;

	Unit streets;

	Unit culture;

	TestStaff coach;

	TestStaff handler;

	TestStaff lead;

	@BeforeEach
	void staff() {
		umea = municipalities.requireBySlug("umea");
		List<Unit> units = organisation.units(umea.id());
		streets = units.get(0);
		culture = units.get(1);
		coach = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		handler = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.HANDLER), List.of(streets.id()));
		lead = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.UNIT_LEAD), List.of(streets.id()));
	}

	@Test
	void shouldRefuseInTheDatabaseAnOpenCaseOutsideTheCoachQueueWithoutUnit() {
		SubmittedCase submitted = intake.submit(umea, CaseHandlingTests.submission());
		// Positive control: the same row may lose its unit while in the coach queue.
		jdbc.sql("update cases set status = 'RECEIVED', unit_id = null where id = ?").param(submitted.id()).update();

		assertThatThrownBy(() -> jdbc.sql("update cases set status = 'WITH_UNIT', unit_id = null where id = ?")
			.param(submitted.id())
			.update()).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("cases_accountable_check");
		assertThat(detail(submitted.reference()).status()).isEqualTo(CaseStatus.RECEIVED);
	}

	@Test
	void shouldReturnTheCaseToTheUnitQueueWhenTheAdminTakesTheHandlerOutOfTheUnit() throws Exception {
		TestStaff admin = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of());
		String reference = takenByHandler();

		// Another unit added, the case's unit kept: the handler stays the contact.
		changeUnits(admin, streets, culture);
		await().until(() -> unitsChangedPublicationsOf(handler) == 0);
		assertThat(detail(reference).contactStaffId()).isEqualTo(handler.id());

		changeUnits(admin, culture);
		await().untilAsserted(() -> {
			StaffCaseDetail detail = detail(reference);
			assertThat(detail.contactStaffId()).isNull();
			assertThat(detail.unitId()).isEqualTo(streets.id());
			assertThat(detail.status()).isEqualTo(CaseStatus.WITH_UNIT);
		});
		assertThat(detail(reference).timeline()).filteredOn(entry -> entry.type() == CaseEventType.CONTACT_LEFT)
			.hasSize(1);
		TestMailServer.awaitMailWithSubject(lead.email(), TestMailServer.Mark.START,
				"Ärende utan kontaktperson: " + reference);
	}

	@Test
	void shouldReleaseEveryNightTheCasesOfAContactWhoLeftTheUnitBehindTheApplicationsBack() {
		// Whatever earlier tests left stale is released first, so the count below is
		// this test's.
		accountabilityCheck.releaseCasesWithoutActiveContact();
		String reference = takenByHandler();
		// No event tells anyone: only the nightly check can notice.
		jdbc.sql("delete from staff_unit_membership where staff_id = ? and unit_id = ?")
			.params(handler.id(), streets.id())
			.update();
		assertThat(detail(reference).contactStaffId()).isEqualTo(handler.id());

		assertThat(accountabilityCheck.releaseCasesWithoutActiveContact()).isEqualTo(1);

		StaffCaseDetail detail = detail(reference);
		assertThat(detail.contactStaffId()).isNull();
		assertThat(detail.unitId()).isEqualTo(streets.id());
		assertThat(detail.status().isClosed()).isFalse();
		assertThat(accountabilityCheck.releaseCasesWithoutActiveContact()).as("a second run").isZero();
		TestMailServer.awaitMailWithSubject(lead.email(), TestMailServer.Mark.START,
				"Ärende utan kontaktperson: " + reference);
	}

	@Test
	void shouldEscalateABreachOnceWhenTwoWatchesClaimItAtTheSameMoment() throws Exception {
		SubmittedCase submitted = intake.submit(umea, CaseHandlingTests.submission());
		handling.routeCase(principal(coach), umea.id(), submitted.reference(), streets.id(), null, null);
		jdbc.sql("update cases set acknowledge_due = current_date - 3, answer_due = current_date - 1 where id = ?")
			.param(submitted.id())
			.update();

		// Both watches' claiming UPDATEs run into each other on the case row. A
		// select-then-update claim would escalate twice here.
		CaseRowRace.run(dataSource, jdbc, submitted.id(), "update cases set acknowledge_escalated_at",
				deadlineWatch::escalateMissedDeadlines, deadlineWatch::escalateMissedDeadlines);

		assertThat(RecordedEvents.ofType(CaseDeadlineMissed.class))
			.filteredOn(missed -> missed.caseId() == submitted.id())
			.extracting(CaseDeadlineMissed::deadline)
			.containsExactlyInAnyOrder(Deadline.ACKNOWLEDGE, Deadline.ANSWER);
		assertThat(deadlineWatch.escalateMissedDeadlines()).as("claims left after the race").isZero();

		String reference = submitted.reference();
		TestMailServer.awaitMailWithSubject(lead.email(), TestMailServer.Mark.START,
				"Försenat: ärende " + reference + " saknar kontaktperson");
		TestMailServer.awaitMailWithSubject(lead.email(), TestMailServer.Mark.START,
				"Försenat: ärende " + reference + " är inte besvarat");
		TestMailServer.awaitMailWithSubject(coach.email(), TestMailServer.Mark.START,
				"Försenat: ärende " + reference + " är inte besvarat");
		// The staff table's overdue view lists the case, marked as late, for both of
		// them.
		mvc.perform(get("/umea/staff/cases").param("view", "overdue").param("q", reference).with(lead.signedIn()))
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("class=\"badge-overdue\">Försenat<")));
		mvc.perform(get("/umea/staff/cases").param("view", "overdue").param("q", reference).with(coach.signedIn()))
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("class=\"badge-overdue\">Försenat<")));
	}

	private String takenByHandler() {
		SubmittedCase submitted = intake.submit(umea, CaseHandlingTests.submission());
		handling.routeCase(principal(coach), umea.id(), submitted.reference(), streets.id(), null, null);
		handling.takeCase(principal(handler), umea.id(), submitted.reference());
		assertThat(detail(submitted.reference()).contactStaffId()).isEqualTo(handler.id());
		return submitted.reference();
	}

	private void changeUnits(TestStaff admin, Unit... units) throws Exception {
		var request = post("/umea/admin/staff/" + handler.id()).param("roles", StaffRole.HANDLER.name())
			.with(admin.signedIn())
			.with(csrf());
		for (Unit unit : units) {
			request.param("unitIds", String.valueOf(unit.id()));
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	/**
	 * Publications of the handler's StaffUnitsChanged not yet handled (completed ones are
	 * deleted).
	 */
	private long unitsChangedPublicationsOf(TestStaff staff) {
		return jdbc.sql("""
				select count(*) from event_publication
				where event_type like '%StaffUnitsChanged' and (serialized_event::jsonb ->> 'staffId')::bigint = ?""")
			.param(staff.id())
			.query(Long.class)
			.single();
	}

	private StaffCaseDetail detail(String reference) {
		return views.detail(umea.id(), reference).orElseThrow();
	}

	private StaffPrincipal principal(TestStaff staff) {
		return users.reload(staff.id()).orElseThrow();
	}

}
