package se.medskapa.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.events.CaseEventRecorded;
import se.medskapa.cases.events.CaseSubmitted;
import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.Department;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases module with what it depends on (municipalities, accounts, notifications,
 * shared, and config for the database and security), without platform, accessibility or
 * the demo data: proves that its use cases announce what an outside projection needs, on
 * their own embedded PostgreSQL (a second context, so a folder of its own).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "config")
@ActiveProfiles("test")
class CaseEventsModuleTests {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("medskapa.database.embedded.data-directory", () -> "target/test-postgres-cases-module");
		registry.add("medskapa.demo-data.enabled", () -> "false");
		registry.add("spring.mail.port", TestMailServer::port);
	}

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

	@Test
	void shouldAnnounceASubmissionWithItsKindAndCategory(Scenario scenario) {
		Municipality town = newMunicipality();
		Category parks = organisation.createCategory(town.id(), "Parker", null);

		scenario.stimulate(() -> intake.submit(town, submission(CaseKind.PROPOSAL, parks.id())))
			.andWaitForEventOfType(CaseSubmitted.class)
			.matching(submitted -> submitted.municipalityId() == town.id())
			.toArriveAndVerify(submitted -> {
				assertThat(submitted.kind()).isEqualTo(CaseKind.PROPOSAL);
				assertThat(submitted.categoryId()).isEqualTo(parks.id());
				assertThat(submitted.submittedAt()).isNotNull();
			});
	}

	@Test
	void shouldAnnounceARoutingWithTheNewStatusUnitCategoryAndPublication(Scenario scenario) {
		Municipality town = newMunicipality();
		Department streets = organisation.createDepartment(town.id(), "Samhällsbyggnad");
		Unit unit = organisation.createUnit(town.id(), streets.id(), "Gata", null);
		Category traffic = organisation.createCategory(town.id(), "Trafik", null);
		SubmittedCase submitted = intake.submit(town, submission(CaseKind.IDEA, null));
		StaffPrincipal coach = users
			.reload(TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of()).id())
			.orElseThrow();

		scenario
			.stimulate(() -> handling.routeCase(coach, town.id(), submitted.reference(), unit.id(), traffic.id(),
					new CaseHandling.PublicVersion("Fler bänkar", "Bänkar längs ån.")))
			.andWaitForEventOfType(CaseEventRecorded.class)
			.matching(recorded -> recorded.caseId() == submitted.id() && recorded.type() == CaseEventType.ROUTED)
			.toArriveAndVerify(recorded -> {
				assertThat(recorded.municipalityId()).isEqualTo(town.id());
				assertThat(recorded.occurredAt()).isNotNull();
				assertThat(recorded.toStatus()).isEqualTo(CaseStatus.WITH_UNIT);
				assertThat(recorded.unitId()).isEqualTo(unit.id());
				assertThat(recorded.categoryId()).isEqualTo(traffic.id());
				// saved together with the PUBLISHED entry: the facts are the case's after
				// the whole change
				assertThat(recorded.published()).isTrue();
				assertThat(recorded.kind()).isEqualTo(CaseKind.IDEA);
			});
	}

	private Municipality newMunicipality() {
		String slug = "modul" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		return municipalities.register(slug, "Modulby " + slug, "kontakt@" + slug + ".example", null, null, null);
	}

	private static CaseSubmission submission(CaseKind kind, Long categoryId) {
		return new CaseSubmission(kind, "Fler bänkar", "Bänkar längs ån.", categoryId, null, null, null, true, "sv",
				null, null, false);
	}

}
