package se.medskapa.browser;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on the open-feedback pages (public list, case page, showcase, statistics), the
 * intake's similar-cases step, "My cases", following, the internal idea form and the
 * handling settings.
 */
class OpenFeedbackPagesAccessibilityTests extends BrowserTest {

	@Autowired
	Organisation organisation;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	StaffUserDetailsService users;

	@Test
	void shouldHaveNoAxeViolationsOnThePublicCasePages() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		String reference = implementedCase(town, "Ramp vid biblioteket");
		String slug = town.municipality().slug();

		assertPagesAccessible("sv", List.of("/" + slug + "/cases", "/" + slug + "/cases?q=ramp&status=IMPLEMENTED",
				"/" + slug + "/cases/" + reference, "/" + slug + "/implemented", "/" + slug + "/statistics"));
		assertPagesAccessible("en", List.of("/" + slug + "/cases", "/" + slug + "/cases/" + reference));
		open("/" + slug + "/cases/" + reference);
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheSimilarCasesStepAndWhenFollowing() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		String reference = implementedCase(town, "Ramp vid biblioteket");
		String slug = town.municipality().slug();

		open("/" + slug + "/cases/new");
		type("#title", "Ramp vid biblioteket");
		type("#description", "Det behövs en ramp.");
		submitForm("main form");
		assertThat(browser.getPageSource()).contains(message("similar.heading", "sv"));
		assertAccessibleWideAndNarrow();

		signInAsResident("follower-" + UUID.randomUUID() + "@test.medskapa.example");
		open("/" + slug + "/cases/" + reference);
		submitForm("form[action$='/follow']");
		assertAccessibleWideAndNarrow();
		open("/account/cases");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnMyCasesAndMyOwnCase() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		String slug = town.municipality().slug();
		signInAsResident("owner-" + UUID.randomUUID() + "@test.medskapa.example");
		open("/" + slug + "/cases/new");
		type("#title", "Sittbänkar på torget " + UUID.randomUUID().toString().substring(0, 4));
		type("#description", "Fler bänkar att vila på.");
		submitForm("main form");
		open("/account/cases");
		assertAccessibleWideAndNarrow();
		browser.findElement(By.cssSelector("main table a")).click();
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheInternalIdeaFormAndTheHandlingSettings() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		String slug = town.municipality().slug();
		TestStaff admin = newStaff(town.municipality(), "Astrid Admin", List.of(), StaffRole.MUNICIPALITY_ADMIN,
				StaffRole.HANDLER);
		signInAsStaff(admin);
		open("/" + slug + "/staff/cases/new");
		assertAccessibleWideAndNarrow();
		submitForm("main form");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		open("/" + slug + "/admin/case-settings");
		assertAccessibleWideAndNarrow();
		type("#answerDays", "1");
		type("#acknowledgeDays", "5");
		submitForm("main form");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();
		openInEnglish("/" + slug + "/admin/case-settings");
		assertAccessibleWideAndNarrow();
	}

	private String implementedCase(TestMunicipality town, String publicTitle) {
		TestStaff coach = newStaff(town.municipality(), "Cilla Coach", List.of(), StaffRole.IDEA_COACH);
		TestStaff handler = newStaff(town.municipality(), "Hans Handläggare", List.of(town.streets().id()),
				StaffRole.HANDLER);
		StaffPrincipal coachPrincipal = users.reload(coach.id()).orElseThrow();
		StaffPrincipal handlerPrincipal = users.reload(handler.id()).orElseThrow();
		long municipalityId = town.municipality().id();
		SubmittedCase submitted = intake.submit(town.municipality(),
				new CaseSubmission(CaseKind.PROPOSAL, "Ramp", "Ramp vid biblioteket, ring 070-1234567.",
						town.roads().id(), "Biblioteket", null, null, true, "sv", null, null, false));
		handling.routeCase(coachPrincipal, municipalityId, submitted.reference(), town.streets().id(), null,
				new PublicVersion(publicTitle, "En ramp vid bibliotekets entré."));
		handling.takeCase(handlerPrincipal, municipalityId, submitted.reference());
		handling.changeCaseStatus(handlerPrincipal, municipalityId, submitted.reference(), CaseStatus.IMPLEMENTED,
				"Rampen är byggd.", null);
		return submitted.reference();
	}

}
