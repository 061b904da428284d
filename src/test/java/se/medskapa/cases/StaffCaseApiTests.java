package se.medskapa.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.medskapa.accounts.StaffApiTokens;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The idea sluice through the staff API: the same use cases as the pages, with the same
 * permissions and guards, and refusals as problem details that explain themselves.
 */
@Tag("persistence")
class StaffCaseApiTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	StaffCaseViews views;

	@Autowired
	StaffApiTokens tokens;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

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

	StaffApiRequests api;

	String coachToken;

	String handlerToken;

	String otherHandlerToken;

	@BeforeEach
	void staff() {
		umea = municipalities.requireBySlug("umea");
		List<Unit> units = organisation.units(umea.id());
		streets = units.get(0);
		culture = units.get(1);
		coach = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		handler = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.HANDLER), List.of(streets.id()));
		otherHandler = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.HANDLER), List.of(culture.id()));
		api = new StaffApiRequests(tokens, users);
		coachToken = api.tokenOf(coach);
		handlerToken = api.tokenOf(handler);
		otherHandlerToken = api.tokenOf(otherHandler);
	}

	@Test
	void shouldListTheCallersQueues() throws Exception {
		String ref = submit();
		mvc.perform(api.get("/api/v1/umea/staff/cases", coachToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.coachQueue[*].reference", hasItem(ref)))
			.andExpect(jsonPath("$.overdue").isArray());
		mvc.perform(api.get("/api/v1/umea/staff/cases", handlerToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.coachQueue").value(nullValue()))
			.andExpect(jsonPath("$.unitQueue[*].reference", not(hasItem(ref))));

		handling.routeCase(principal(coach), umea.id(), ref, streets.id(), null, null);
		mvc.perform(api.get("/api/v1/umea/staff/cases", handlerToken))
			.andExpect(jsonPath("$.unitQueue[*].reference", hasItem(ref)))
			.andExpect(jsonPath("$.myCases[*].reference", not(hasItem(ref))));
		handling.takeCase(principal(handler), umea.id(), ref);
		mvc.perform(api.get("/api/v1/umea/staff/cases", handlerToken))
			.andExpect(jsonPath("$.myCases[*].reference", hasItem(ref)))
			.andExpect(jsonPath("$.myCases[?(@.reference == '" + ref + "')].status").value(hasItem("WITH_UNIT")))
			.andExpect(jsonPath("$.myCases[?(@.reference == '" + ref + "')].answerDue").isNotEmpty());
	}

	@Test
	void shouldListTheActionsAndStatusTargetsTheCallerMayUseNow() throws Exception {
		String ref = submit();
		handling.routeCase(principal(coach), umea.id(), ref, streets.id(), null, null);

		mvc.perform(api.get("/api/v1/umea/staff/cases/" + ref, handlerToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actions",
					containsInAnyOrder("VIEW", "NOTE", "REGISTRY_NUMBER", "TAKE", "MESSAGE", "HAND_OVER", "RETURN",
							"FORWARD")))
			.andExpect(jsonPath("$.statusTargets").isEmpty());
		handling.takeCase(principal(handler), umea.id(), ref);
		mvc.perform(api.get("/api/v1/umea/staff/cases/" + ref, handlerToken))
			.andExpect(jsonPath("$.actions", hasItem("CHANGE_STATUS")))
			.andExpect(jsonPath("$.actions", not(hasItem("TAKE"))))
			.andExpect(jsonPath("$.statusTargets",
					contains("INVESTIGATING", "PLANNED", "PILOTED", "IMPLEMENTED", "DECLINED", "ANSWERED")));
	}

	@Test
	void shouldShowTheFullStaffViewWithTheInternalTimeline() throws Exception {
		String ref = submit();
		handling.routeCase(principal(coach), umea.id(), ref, streets.id(), null, null);
		handling.addInternalNote(principal(coach), umea.id(), ref, "Ring Trafikverket först");

		mvc.perform(api.get("/api/v1/umea/staff/cases/" + ref, handlerToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value(ref))
			.andExpect(jsonPath("$.status").value("WITH_UNIT"))
			.andExpect(jsonPath("$.description").value("Cykelbanan vid Nydala är mörk. Ring mig på 070-1234567."))
			.andExpect(jsonPath("$.submitterEmail").value("ali@example.se"))
			.andExpect(jsonPath("$.unitId").value(streets.id()))
			.andExpect(jsonPath("$.timeline[0].type").value("SUBMITTED"))
			.andExpect(jsonPath("$.timeline[?(@.type == 'INTERNAL_NOTE')].internalNote")
				.value(hasItem("Ring Trafikverket först")))
			.andExpect(jsonPath("$.id").doesNotExist());

		mvc.perform(api.get("/api/v1/umea/staff/cases/" + ref, otherHandlerToken))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Din roll eller enhet tillåter inte det här i ärendet."));
		mvc.perform(api.get("/api/v1/umea/staff/cases/UME-1999-00001", coachToken))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		// A case of another municipality is not found under one's own.
		String borasRef = intake.submit(municipalities.requireBySlug("boras"), submission(false)).reference();
		mvc.perform(api.get("/api/v1/umea/staff/cases/" + borasRef, coachToken)).andExpect(status().isNotFound());
	}

	@Test
	void shouldRouteAndPublishAsTheCoach() throws Exception {
		String ref = submit();
		Category category = organisation.categories(umea.id()).get(0);
		String body = """
				{"unitId": %d, "categoryId": %d, "publicTitle": "Belysning på cykelbanan",
				 "publicDescription": "Cykelbanan vid Nydala är mörk."}""".formatted(streets.id(), category.id());

		mvc.perform(api.post("/api/v1/umea/staff/cases/" + ref + "/route", handlerToken, body))
			.andExpect(status().isForbidden());
		mvc.perform(api.post("/api/v1/umea/staff/cases/" + ref + "/route", coachToken, body))
			.andExpect(status().isNoContent());

		StaffCaseDetail detail = detail(ref);
		assertThat(detail.status()).isEqualTo(CaseStatus.WITH_UNIT);
		assertThat(detail.unitId()).isEqualTo(streets.id());
		assertThat(detail.categoryId()).isEqualTo(category.id());
		assertThat(detail.published()).isTrue();
		assertThat(detail.publicDescription()).isEqualTo("Cykelbanan vid Nydala är mörk.");

		mvc.perform(api.post("/api/v1/umea/staff/cases/" + ref + "/route", coachToken, body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("case.error.invalidTransition"))
			.andExpect(jsonPath("$.detail").value("Ärendet kan inte få den statusen nu."));
	}

	@Test
	void shouldRefuseARouteWithoutUnitOrWithHalfAPublicVersion() throws Exception {
		String ref = submit();
		mvc.perform(api.post("/api/v1/umea/staff/cases/" + ref + "/route", coachToken, "{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
		mvc.perform(api.post("/api/v1/umea/staff/cases/" + ref + "/route", coachToken, "not json"))
			.andExpect(status().isBadRequest());
		mvc.perform(api.post("/api/v1/umea/staff/cases/" + ref + "/route", coachToken,
				"{\"unitId\": %d, \"publicTitle\": \"Bara rubrik\"}".formatted(streets.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("case.error.publicTextRequired"));
		// A unit of another municipality is not found.
		long borasUnit = organisation.units(municipalities.requireBySlug("boras").id()).get(0).id();
		mvc.perform(api.post("/api/v1/umea/staff/cases/" + ref + "/route", coachToken,
				"{\"unitId\": %d}".formatted(borasUnit)))
			.andExpect(status().isNotFound());
		assertThat(detail(ref).status()).isEqualTo(CaseStatus.RECEIVED);
	}

	@Test
	void shouldTakeHandOverAndChangeTheStatus() throws Exception {
		String ref = submit();
		handling.routeCase(principal(coach), umea.id(), ref, streets.id(), null, null);
		String path = "/api/v1/umea/staff/cases/" + ref;

		mvc.perform(api.post(path + "/take", otherHandlerToken, "")).andExpect(status().isForbidden());
		mvc.perform(api.post(path + "/take", handlerToken, "")).andExpect(status().isNoContent());
		assertThat(detail(ref).contactStaffId()).isEqualTo(handler.id());

		mvc.perform(api.post(path + "/hand-over", handlerToken, "{\"toUnitId\": %d}".formatted(culture.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("case.error.noteRequired"))
			.andExpect(jsonPath("$.detail").value("Skriv en anteckning om varför."));
		mvc.perform(api.post(path + "/hand-over", handlerToken, "{\"toUnitId\": %d}".formatted(culture.id()))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")).andExpect(jsonPath("$.detail").value("Write a note on why."));
		mvc.perform(api.post(path + "/hand-over", handlerToken,
				"{\"toUnitId\": %d, \"note\": \"Gäller konstbelysningen\"}".formatted(culture.id())))
			.andExpect(status().isNoContent());
		StaffCaseDetail handedOver = detail(ref);
		assertThat(handedOver.unitId()).isEqualTo(culture.id());
		assertThat(handedOver.hops()).isEqualTo(1);
		assertThat(handedOver.contactStaffId()).isNull();

		mvc.perform(api.post(path + "/status", otherHandlerToken, "{\"status\": \"PLANNED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("case.error.takeFirst"));
		mvc.perform(api.post(path + "/take", otherHandlerToken, "")).andExpect(status().isNoContent());
		mvc.perform(api.post(path + "/status", otherHandlerToken,
				"{\"status\": \"PLANNED\", \"publicMessage\": \"Belysning planeras till hösten.\", \"internalNote\": \"Budget finns\"}"))
			.andExpect(status().isNoContent());
		assertThat(detail(ref).status()).isEqualTo(CaseStatus.PLANNED);
		assertThat(detail(ref).answeredAt()).isNotNull();

		mvc.perform(api.post(path + "/status", otherHandlerToken, "{\"status\": \"WITHDRAWN\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("case.error.invalidTransition"));
		mvc.perform(api.post(path + "/status", otherHandlerToken, "{\"status\": \"DECLINED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("case.error.declineReasonRequired"));
		mvc.perform(api.post(path + "/status", otherHandlerToken, "{\"status\": \"SOMETHING\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(
				api.post(path + "/status", handlerToken, "{\"status\": \"IMPLEMENTED\", \"publicMessage\": \"Klart\"}"))
			.andExpect(status().isForbidden());
		assertThat(detail(ref).status()).isEqualTo(CaseStatus.PLANNED);
	}

	@Test
	void shouldAddInternalNotesForThoseWhoSeeTheCase() throws Exception {
		String ref = submit();
		handling.routeCase(principal(coach), umea.id(), ref, streets.id(), null, null);
		String path = "/api/v1/umea/staff/cases/" + ref + "/notes";

		mvc.perform(api.post(path, handlerToken, "{\"note\": \"Kollat med driften\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(api.post(path, handlerToken, "{\"note\": \"  \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("case.error.noteRequired"));
		mvc.perform(api.post(path, otherHandlerToken, "{\"note\": \"Inte min\"}")).andExpect(status().isForbidden());
		mvc.perform(api.post("/api/v1/umea/staff/cases/UME-1999-00001/notes", coachToken, "{\"note\": \"x\"}"))
			.andExpect(status().isNotFound());

		assertThat(detail(ref).timeline()).filteredOn(entry -> entry.type() == CaseEventType.INTERNAL_NOTE)
			.extracting(StaffCaseDetail.Entry::internalNote)
			.containsExactly("Kollat med driften");
	}

	@Test
	void shouldAnswer409WhenSomeoneElseChangesTheCaseAtTheSameMoment() throws Exception {
		String ref = submit();
		handling.routeCase(principal(coach), umea.id(), ref, streets.id(), null, null);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try (Connection someoneElse = dataSource.getConnection()) {
			// Another writer has changed the case and not yet committed: the API reads
			// the old version ...
			someoneElse.setAutoCommit(false);
			try (PreparedStatement change = someoneElse.prepareStatement(
					"update cases set registry_number = 'KS 2026/17', version = version + 1 where reference = ?")) {
				change.setString(1, ref);
				change.executeUpdate();
			}
			Future<MvcResult> take = pool
				.submit(() -> mvc.perform(api.post("/api/v1/umea/staff/cases/" + ref + "/take", handlerToken, ""))
					.andReturn());
			// ... and its write waits for the other one, which then commits.
			await().atMost(Duration.ofSeconds(10)).until(this::aCaseUpdateWaitsForALock);
			someoneElse.commit();

			MvcResult result = take.get(10, TimeUnit.SECONDS);
			assertThat(result.getResponse().getStatus()).isEqualTo(409);
			assertThat(result.getResponse().getContentAsString()).contains("\"code\":\"case.error.concurrent\"",
					"Någon annan ändrade ärendet samtidigt.");
		}
		finally {
			pool.shutdownNow();
		}
		StaffCaseDetail detail = detail(ref);
		assertThat(detail.contactStaffId()).isNull();
		assertThat(detail.registryNumber()).isEqualTo("KS 2026/17");
		// Read again and retry: now it works.
		mvc.perform(api.post("/api/v1/umea/staff/cases/" + ref + "/take", handlerToken, ""))
			.andExpect(status().isNoContent());
	}

	private boolean aCaseUpdateWaitsForALock() {
		return jdbc.sql("""
				select count(*) from pg_stat_activity
				where wait_event_type = 'Lock' and query like '%update cases set status%'""")
			.query(Long.class)
			.single() > 0;
	}

	private String submit() {
		return intake.submit(umea, submission(true)).reference();
	}

	private static CaseSubmission submission(boolean publishPermission) {
		return new CaseSubmission(CaseKind.PROPOSAL, "Belysning på cykelbanan",
				"Cykelbanan vid Nydala är mörk. Ring mig på 070-1234567.", null, "Nydala", "Ali", "ali@example.se",
				publishPermission, "sv", null, null, false);
	}

	private StaffCaseDetail detail(String reference) {
		return views.detail(umea.id(), reference).orElseThrow();
	}

	private StaffPrincipal principal(TestStaff staff) {
		return users.reload(staff.id()).orElseThrow();
	}

}
