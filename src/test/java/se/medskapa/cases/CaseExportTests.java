package se.medskapa.cases;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.Department;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The records export: every case of the caller's municipality and no other, one row each,
 * in a CSV that Excel opens as it is and in JSON; for idea coaches and admins only.
 */
@Tag("persistence")
class CaseExportTests extends IntegrationTest {

	static final String HEADER = "reference;registry_number;kind;status;category;unit;submitted;acknowledged;"
			+ "answered;closed;hops;published";

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

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

	Municipality town;

	Unit unit;

	Unit otherUnit;

	Category category;

	TestStaff coach;

	@BeforeEach
	void municipality() {
		// A municipality of the test's own, so that the export's exact content is known.
		String slug = "exportstad-" + Long.toString(System.nanoTime(), 36);
		town = municipalities.register(slug, "Exportstads kommun", "kommun@exportstad.example", null, null, null);
		Department department = organisation.createDepartment(town.id(), "Samhällsbyggnad");
		unit = organisation.createUnit(town.id(), department.id(), "Gata; park och \"natur\"", null);
		otherUnit = organisation.createUnit(town.id(), department.id(), "Trafik", null);
		category = organisation.createCategory(town.id(), "=Gator, vägar", null);
		coach = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of());
	}

	@Test
	void shouldExportEveryCaseOfTheMunicipalityAsCsvForExcel() throws Exception {
		TestStaff handler = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.HANDLER),
				List.of(unit.id()));
		SubmittedCase handled = intake.submit(town, submission(category.id(), true));
		handling.routeCase(principal(coach), town.id(), handled.reference(), unit.id(), null,
				new CaseHandling.PublicVersion("Bänkar vid ån", "Fler bänkar behövs."));
		handling.takeCase(principal(handler), town.id(), handled.reference());
		handling.handOverCase(principal(handler), town.id(), handled.reference(), otherUnit.id(), "Trafikfråga");
		handling.handOverCase(principal(coach), town.id(), handled.reference(), unit.id(), "Tillbaka");
		handling.setRegistryNumber(principal(coach), town.id(), handled.reference(), "KS 2026/42");
		SubmittedCase answered = intake.submit(town, submission(null, false));
		handling.answerCaseDirectly(principal(coach), town.id(), answered.reference(), "Tack, det är redan åtgärdat.");
		SubmittedCase internal = intake.submit(town, new CaseSubmission(CaseKind.IDEA, "Intern idé", "Text", null, null,
				null, null, false, "sv", null, coach.id(), true));
		// A case of another municipality must never appear.
		String elsewhere = intake.submit(municipalities.requireBySlug("umea"), submission(null, false)).reference();

		MvcResult result = mvc.perform(get("/" + town.slug() + "/staff/cases/export.csv").with(coach.signedIn()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("text/csv")))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("attachment; filename=\"medskapa-" + town.slug() + "-cases.csv\"")))
			.andReturn();

		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(csv).endsWith("\r\n").doesNotContain(elsewhere);
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).isEqualTo(HEADER);
		assertThat(lines.get(1))
			.startsWith(handled.reference() + ";KS 2026/42;PROPOSAL;WITH_UNIT;\"'=Gator, vägar\";"
					+ "\"Gata; park och \"\"natur\"\"\";")
			.endsWith(";;2;true")
			.matches(".*;\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d;\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d;;;2;true");
		assertThat(lines.get(2)).startsWith(answered.reference() + ";;PROPOSAL;ANSWERED;;;")
			.matches(".*(;\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d){4};0;false");
		assertThat(lines.get(3)).startsWith(internal.reference() + ";;IDEA;RECEIVED;;;").endsWith(";;;;0;false");
	}

	@Test
	void shouldExportJsonAndFilterBySubmissionDate() throws Exception {
		SubmittedCase old = intake.submit(town, submission(category.id(), false));
		SubmittedCase recent = intake.submit(town, submission(null, false));
		jdbc.sql("update cases set submitted_at = timestamptz '2025-03-10 23:30:00+01' where id = ?")
			.param(old.id())
			.update();

		mvc.perform(get("/" + town.slug() + "/staff/cases/export.json").with(coach.signedIn()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/json")))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].reference").value(old.reference()))
			.andExpect(jsonPath("$[0].category").value("=Gator, vägar"))
			.andExpect(jsonPath("$[0].submitted").value("2025-03-10T22:30:00Z"))
			.andExpect(jsonPath("$[0].hops").value(0))
			.andExpect(jsonPath("$[0].published").value(false))
			.andExpect(jsonPath("$[1].reference").value(recent.reference()));

		// Dates are Swedish calendar days, both ends included.
		mvc.perform(get("/" + town.slug() + "/staff/cases/export.json").param("from", "2025-03-10")
			.param("to", "2025-03-10")
			.with(coach.signedIn()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].reference").value(old.reference()));
		mvc.perform(
				get("/" + town.slug() + "/staff/cases/export.json").param("from", "2025-03-11").with(coach.signedIn()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].reference").value(recent.reference()));
		String csv = mvc
			.perform(
					get("/" + town.slug() + "/staff/cases/export.csv").param("to", "2025-03-09").with(coach.signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).containsExactly("\uFEFF" + HEADER);
		mvc.perform(get("/" + town.slug() + "/staff/cases/export.csv").param("from", "2025-03-12")
			.param("to", "2025-03-11")
			.with(coach.signedIn())).andExpect(status().isBadRequest());
	}

	@Test
	void shouldExportOnlyToCoachesAndAdminsOfTheMunicipality() throws Exception {
		intake.submit(town, submission(null, false));
		TestStaff admin = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of());
		TestStaff handler = TestStaff.create(directory, users, town.id(),
				Set.of(StaffRole.HANDLER, StaffRole.UNIT_LEAD), List.of(unit.id()));
		TestStaff umeaCoach = TestStaff.create(directory, users, municipalities.requireBySlug("umea").id(),
				Set.of(StaffRole.IDEA_COACH), List.of());
		String path = "/" + town.slug() + "/staff/cases/export.csv";

		mvc.perform(get(path).with(admin.signedIn())).andExpect(status().isOk());
		mvc.perform(get(path).with(handler.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/" + town.slug() + "/staff/cases/export.json").with(handler.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get(path).with(umeaCoach.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get(path)).andExpect(status().is3xxRedirection());
		assertThatThrownByExport(handler);

		// The form is on the queue page for those who may export, and only for them.
		mvc.perform(get("/" + town.slug() + "/staff/cases").with(coach.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/" + town.slug() + "/staff/cases/export.csv\"")));
		mvc.perform(get("/" + town.slug() + "/staff/cases").with(handler.signedIn()))
			.andExpect(content().string(not(containsString("export.csv"))));
	}

	@Autowired
	CaseRecords records;

	private void assertThatThrownByExport(TestStaff staff) {
		assertThatThrownBy(() -> records.export(principal(staff), town.id(), null, null, row -> {
		})).isInstanceOf(CaseAccessDeniedException.class);
	}

	private StaffPrincipal principal(TestStaff staff) {
		return users.reload(staff.id()).orElseThrow();
	}

	private static CaseSubmission submission(Long categoryId, boolean publishPermission) {
		return new CaseSubmission(CaseKind.PROPOSAL, "Bänkar vid ån", "Fler bänkar behövs. Mvh Karin, 070-111 22 33",
				categoryId, null, "Karin", null, publishPermission, "sv", null, null, false);
	}

}
