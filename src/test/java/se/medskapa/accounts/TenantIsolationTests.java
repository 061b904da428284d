package se.medskapa.accounts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One installation, many municipalities: an admin of Borås finds a closed door at every
 * page of Umeå, and Umeå's ids typed into Borås's forms are simply not found.
 */
@Tag("persistence")
class TenantIsolationTests extends IntegrationTest {

	private static final String CASE_PATH = "/{slug}/staff/cases/{reference}/";

	@Autowired
	MockMvc mvc;

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
	CaseIntake intake;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	private Municipality boras;

	private Municipality umea;

	private TestStaff borasAdmin;

	@BeforeEach
	void municipalitiesAndAdmin() {
		boras = municipalities.requireBySlug("boras");
		umea = municipalities.requireBySlug("umea");
		borasAdmin = TestStaff.create(directory, users, boras.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of());
	}

	@Test
	void shouldCloseEveryUmeaAdminPageToABorasAdmin() throws Exception {
		TestStaff umeaHandler = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.HANDLER), List.of());
		long department = organisation.departments(umea.id()).get(0).id();
		long unit = organisation.units(umea.id()).get(0).id();
		long category = organisation.categories(umea.id()).get(0).id();
		String invitee = AccountSteps.uniqueEmail("smuggled");
		long rule = routingRuleOf(umea);
		Map<String, Object> before = snapshotOf(umea);

		List<MockHttpServletRequestBuilder> requests = List.of(get("/umea/admin"), get("/umea/admin/"),
				get("/umea/admin/departments/new"), get("/umea/admin/departments/" + department + "/edit"),
				get("/umea/admin/units/new"), get("/umea/admin/units/" + unit + "/edit"),
				get("/umea/admin/categories/new"), get("/umea/admin/categories/" + category + "/edit"),
				get("/umea/admin/staff"), get("/umea/admin/staff/new"),
				get("/umea/admin/staff/" + umeaHandler.id() + "/edit"),
				post("/umea/admin/departments").param("name", "Borås was here"),
				post("/umea/admin/departments/" + department).param("name", "Borås was here"),
				post("/umea/admin/units").param("departmentId", String.valueOf(department)).param("name", "Borås unit"),
				post("/umea/admin/units/" + unit).param("departmentId", String.valueOf(department))
					.param("name", "Borås unit"),
				post("/umea/admin/categories").param("name", "Borås category"),
				post("/umea/admin/categories/" + category).param("name", "Borås category"),
				post("/umea/admin/staff").param("email", invitee)
					.param("displayName", "Smuggled In")
					.param("roles", "MUNICIPALITY_ADMIN"),
				post("/umea/admin/staff/" + umeaHandler.id()).param("roles", "MUNICIPALITY_ADMIN")
					.param("unitIds", String.valueOf(unit)),
				post("/umea/admin/staff/" + umeaHandler.id() + "/deactivate"),
				post("/umea/admin/staff/" + umeaHandler.id() + "/reactivate"), get("/umea/admin/routing"),
				post("/umea/admin/routing").param("categoryId", String.valueOf(category))
					.param("area", "Borås was here")
					.param("unitId", String.valueOf(unit)),
				post("/umea/admin/routing/" + rule + "/delete"),
				post("/umea/admin/routing/" + rule).param("categoryId", String.valueOf(category))
					.param("area", "Borås was here")
					.param("unitId", String.valueOf(unit)),
				get("/umea/admin/case-settings"),
				post("/umea/admin/case-settings").param("acknowledgeDays", "1")
					.param("answerDays", "2")
					.param("showStaffNames", "false"));

		for (MockHttpServletRequestBuilder request : requests) {
			MvcResult result = mvc.perform(request.with(borasAdmin.signedIn()).with(csrf())).andReturn();
			assertThat(result.getResponse().getStatus())
				.as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI())
				.isIn(403, 404);
		}

		assertThat(snapshotOf(umea)).isEqualTo(before);
		assertThat(directory.member(umea.id(), umeaHandler.id()).roles()).containsExactly(StaffRole.HANDLER);
		assertThat(directory.exists(invitee)).isFalse();
		assertThat(TestMailServer.mailsTo(invitee)).isEmpty();
	}

	@Test
	void shouldNotFindUmeaUnitsInTheStaffFormOfBoras() throws Exception {
		Unit borasUnit = organisation.units(boras.id()).get(0);
		Unit umeaUnit = organisation.units(umea.id()).get(0);
		TestStaff handler = TestStaff.create(directory, users, boras.id(), Set.of(StaffRole.HANDLER),
				List.of(borasUnit.id()));

		mvc.perform(post("/boras/admin/staff/" + handler.id()).with(borasAdmin.signedIn())
			.with(csrf())
			.param("roles", "UNIT_LEAD")
			.param("unitIds", String.valueOf(borasUnit.id()), String.valueOf(umeaUnit.id())))
			.andExpect(status().isNotFound());

		StaffMember unchanged = directory.member(boras.id(), handler.id());
		assertThat(unchanged.roles()).containsExactly(StaffRole.HANDLER);
		assertThat(unchanged.unitIds()).containsExactly(borasUnit.id());

		String invitee = AccountSteps.uniqueEmail("invitee");
		mvc.perform(post("/boras/admin/staff").with(borasAdmin.signedIn())
			.with(csrf())
			.param("email", invitee)
			.param("displayName", "Ida Invited")
			.param("roles", "HANDLER")
			.param("unitIds", String.valueOf(umeaUnit.id()))).andExpect(status().isNotFound());
		assertThat(directory.exists(invitee)).isFalse();
		assertThat(TestMailServer.mailsTo(invitee)).isEmpty();
	}

	@Test
	void shouldNotFindUmeaRowsThroughTheAdminPagesOfBoras() throws Exception {
		TestStaff umeaHandler = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.HANDLER), List.of());
		long umeaDepartment = organisation.departments(umea.id()).get(0).id();
		long umeaUnit = organisation.units(umea.id()).get(0).id();
		long umeaCategory = organisation.categories(umea.id()).get(0).id();
		long borasDepartment = organisation.departments(boras.id()).get(0).id();
		long umeaRule = routingRuleOf(umea);
		Map<String, Object> before = snapshotOf(umea);

		List<MockHttpServletRequestBuilder> requests = List.of(get("/boras/admin/units/" + umeaUnit + "/edit"),
				get("/boras/admin/departments/" + umeaDepartment + "/edit"),
				get("/boras/admin/categories/" + umeaCategory + "/edit"),
				get("/boras/admin/staff/" + umeaHandler.id() + "/edit"),
				post("/boras/admin/units/" + umeaUnit).param("departmentId", String.valueOf(borasDepartment))
					.param("name", "Taken over"),
				post("/boras/admin/units").param("departmentId", String.valueOf(umeaDepartment))
					.param("name", "Unit in a foreign department"),
				post("/boras/admin/departments/" + umeaDepartment).param("name", "Taken over"),
				post("/boras/admin/categories/" + umeaCategory).param("name", "Taken over"),
				post("/boras/admin/staff/" + umeaHandler.id()).param("roles", "MUNICIPALITY_ADMIN"),
				post("/boras/admin/staff/" + umeaHandler.id() + "/deactivate"),
				post("/boras/admin/routing").param("categoryId", String.valueOf(umeaCategory))
					.param("unitId", String.valueOf(umeaUnit)),
				get("/boras/admin/routing").param("edit", String.valueOf(umeaRule)),
				post("/boras/admin/routing/" + umeaRule)
					.param("categoryId", String.valueOf(organisation.categories(boras.id()).get(0).id()))
					.param("unitId", String.valueOf(organisation.units(boras.id()).get(0).id())));

		for (MockHttpServletRequestBuilder request : requests) {
			MvcResult result = mvc.perform(request.with(borasAdmin.signedIn()).with(csrf())).andReturn();
			assertThat(result.getResponse().getStatus())
				.as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI())
				.isEqualTo(404);
		}

		// Deleting a rule by id within Borås finds no Umeå rule to delete: back to the
		// list, nothing changed.
		mvc.perform(post("/boras/admin/routing/" + umeaRule + "/delete").with(borasAdmin.signedIn()).with(csrf()))
			.andExpect(redirectedUrl("/boras/admin/routing"));

		assertThat(snapshotOf(umea)).isEqualTo(before);
		assertThat(organisation.units(boras.id()))
			.noneMatch(unit -> unit.name().equals("Unit in a foreign department"));
	}

	@Test
	void shouldCloseAdminPagesToStaffWithoutTheAdminRole() throws Exception {
		for (StaffRole role : List.of(StaffRole.HANDLER, StaffRole.IDEA_COACH, StaffRole.UNIT_LEAD)) {
			TestStaff staff = TestStaff.create(directory, users, boras.id(), Set.of(role), List.of());
			for (String page : List.of("/boras/admin", "/boras/admin/staff", "/boras/admin/staff/new",
					"/boras/admin/units/new", "/boras/admin/routing", "/boras/admin/case-settings",
					"/operator/sent-mail", "/operator/accessibility-reports")) {
				mvc.perform(get(page).with(staff.signedIn())).andExpect(status().isForbidden());
			}
			mvc.perform(
					post("/boras/admin/departments").with(staff.signedIn()).with(csrf()).param("name", "By " + role))
				.andExpect(status().isForbidden());
			mvc.perform(post("/boras/admin/case-settings").with(staff.signedIn())
				.with(csrf())
				.param("acknowledgeDays", "1")
				.param("answerDays", "2")).andExpect(status().isForbidden());
			mvc.perform(post("/boras/admin/staff/" + staff.id()).with(staff.signedIn())
				.with(csrf())
				.param("roles", "MUNICIPALITY_ADMIN")).andExpect(status().isForbidden());
			assertThat(directory.member(boras.id(), staff.id()).roles()).containsExactly(role);
		}
		assertThat(organisation.departments(boras.id())).noneMatch(department -> department.name().startsWith("By "));
	}

	@Test
	void shouldOpenOperatorPagesOnlyToPlatformOperators() throws Exception {
		TestStaff operator = TestStaff.create(directory, users, null, Set.of(StaffRole.PLATFORM_OPERATOR), List.of());
		for (String page : List.of("/operator/sent-mail", "/operator/accessibility-reports")) {
			mvc.perform(get(page).with(operator.signedIn())).andExpect(status().isOk());
			mvc.perform(get(page).with(borasAdmin.signedIn())).andExpect(status().isForbidden());
			mvc.perform(get(page)).andExpect(redirectedUrl("/staff/login"));
		}
		mvc.perform(get("/boras/admin").with(operator.signedIn())).andExpect(status().isForbidden());
	}

	@Test
	void shouldRefuseEveryStaffCaseActionOfABorasMemberOnAnUmeaCase() throws Exception {
		long borasUnit = organisation.units(boras.id()).get(0).id();
		long umeaUnit = organisation.units(umea.id()).get(0).id();
		TestStaff borasStaff = TestStaff.create(directory, users, boras.id(),
				Set.of(StaffRole.IDEA_COACH, StaffRole.HANDLER, StaffRole.UNIT_LEAD, StaffRole.MUNICIPALITY_ADMIN),
				List.of(borasUnit));
		String umeaCase = submitCase(umea);
		String umeaMergeTarget = submitCase(umea);
		Set<String> actions = staffCaseActions();
		assertThat(actions).as("POST endpoints under " + CASE_PATH)
			.containsAll(List.of("route", "answer", "publish", "unpublish", "take", "assign", "status", "message",
					"hand-over", "return", "forward", "merge", "note", "registry-number"));
		Map<String, Object> before = caseRow(umea, umeaCase);
		Map<String, Object> mergeTargetBefore = caseRow(umea, umeaMergeTarget);

		for (String action : actions) {
			for (String slug : List.of(umea.slug(), boras.slug())) {
				MvcResult result = mvc
					.perform(
							actionRequest(slug, umeaCase, action, umeaUnit, umeaMergeTarget).with(borasStaff.signedIn())
								.with(csrf()))
					.andReturn();
				assertThat(result.getResponse().getStatus()).as("POST " + result.getRequest().getRequestURI())
					.isIn(403, 404);
			}
		}

		assertThat(caseRow(umea, umeaCase)).isEqualTo(before);
		assertThat(caseRow(umea, umeaMergeTarget)).isEqualTo(mergeTargetBefore);

		// Positive control: the same request on a case of Borås does what it says.
		String borasCase = submitCase(boras);
		long timelineBefore = (long) caseRow(boras, borasCase).get("timeline");
		mvc.perform(
				actionRequest(boras.slug(), borasCase, "note", borasUnit, umeaMergeTarget).with(borasStaff.signedIn())
					.with(csrf()))
			.andExpect(redirectedUrl("/boras/staff/cases/" + borasCase + "#action-note"));
		assertThat(caseRow(boras, borasCase)).containsEntry("timeline", timelineBefore + 1);
	}

	/**
	 * The last path segment of every POST mapping under a staff case, as Spring maps
	 * them: a new action is swept without being listed here.
	 */
	private Set<String> staffCaseActions() {
		Set<String> actions = new TreeSet<>();
		handlerMapping.getHandlerMethods().keySet().forEach(info -> {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				info.getPatternValues()
					.stream()
					.filter(pattern -> pattern.startsWith(CASE_PATH))
					.map(pattern -> pattern.substring(CASE_PATH.length()))
					.forEach(actions::add);
			}
		});
		assertThat(actions).as("an action with a path variable of its own needs a value in this test")
			.noneMatch(action -> action.contains("{"));
		return actions;
	}

	/**
	 * The action with a valid value for every form field, so that only the tenant check
	 * can refuse it.
	 */
	private static MockHttpServletRequestBuilder actionRequest(String slug, String reference, String action,
			long unitId, String mergeTarget) {
		return post("/" + slug + "/staff/cases/" + reference + "/" + action).param("unitId", String.valueOf(unitId))
			.param("toUnitId", String.valueOf(unitId))
			.param("handlerId", "1")
			.param("status", CaseStatus.INVESTIGATING.name())
			.param("publicTitle", "Borås was here")
			.param("publicDescription", "Borås was here")
			.param("publicMessage", "Borås was here")
			.param("internalNote", "Borås was here")
			.param("note", "Borås was here")
			.param("reason", "Borås was here")
			.param("authority", "Borås")
			.param("targetReference", mergeTarget)
			.param("registryNumber", "BORÅS 1");
	}

	private String submitCase(Municipality municipality) {
		return intake
			.submit(municipality,
					new CaseSubmission(CaseKind.IDEA, "Fler bänkar", "Vid ån behövs fler bänkar.", null, "Ån", "Ali",
							AccountSteps.uniqueEmail("resident"), true, "sv", null, null, false))
			.reference();
	}

	/**
	 * What an action could change on the case: its row and the length of its timeline.
	 */
	private Map<String, Object> caseRow(Municipality municipality, String reference) {
		return jdbc.sql("""
				select c.version, c.status, c.unit_id, c.contact_staff_id, c.published, c.public_title,
				       c.registry_number, c.forwarded_to, c.merged_into_id,
				       (select count(*) from case_event e
				        where e.case_id = c.id and e.municipality_id = c.municipality_id) as timeline
				from cases c where c.municipality_id = ? and c.reference = ?""")
			.params(municipality.id(), reference)
			.query()
			.singleRow();
	}

	/** A routing rule of the municipality, added for the test. */
	private long routingRuleOf(Municipality municipality) {
		return jdbc.sql("""
				insert into routing_rule (municipality_id, category_id, area, unit_id) values (?, ?, ?, ?)
				returning id""")
			.params(municipality.id(), organisation.categories(municipality.id()).get(0).id(),
					"Isolering " + UUID.randomUUID(), organisation.units(municipality.id()).get(0).id())
			.query(Long.class)
			.single();
	}

	/** Everything of the municipality an admin page could change. */
	private Map<String, Object> snapshotOf(Municipality municipality) {
		return Map.of("routing rules", rows("""
				select id, category_id, area, unit_id from routing_rule where municipality_id = ? order by id""",
				municipality), "handling settings", rows("""
						select acknowledge_days, answer_days, show_staff_names from municipality_settings
						where municipality_id = ?""", municipality), "departments",
				organisation.departments(municipality.id()), "units", organisation.units(municipality.id()),
				"categories", organisation.categories(municipality.id()), "staff", directory.staffOf(municipality.id()),
				"memberships", jdbc
					.sql("select staff_id, unit_id from staff_unit_membership where municipality_id = ? "
							+ "order by staff_id, unit_id")
					.param(municipality.id())
					.query()
					.listOfRows());
	}

	private List<Map<String, Object>> rows(String sql, Municipality municipality) {
		return jdbc.sql(sql).param(municipality.id()).query().listOfRows();
	}

}
