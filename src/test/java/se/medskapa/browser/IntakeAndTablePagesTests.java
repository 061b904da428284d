package se.medskapa.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UX review findings 7, 10 and 13 in the browser: the intake form's errors and
 * similar-cases step, tables that break only between words at 1280 px and keep their
 * labels at 375 px, and the admin's staff list.
 */
class IntakeAndTablePagesTests extends BrowserTest {

	/** A common phone, where stacked table cells must keep their column's name. */
	private static final Dimension PHONE = new Dimension(375, 800);

	@Autowired
	Organisation organisation;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	StaffUserDetailsService users;

	@Test
	void shouldAnnounceErrorsInTheTitleAndFocusTheSimilarCasesNotice() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		open(town.path("/cases/new"));
		assertThat(find("#kind-PROPOSAL-hint").getText()).contains("kommunfullmäktige");
		assertAccessibleWideAndNarrow();

		type("#latitude", "57,7089");
		type("#longitude", "11,97,46");
		submitForm("main form");
		assertThat(browser.getTitle()).startsWith("Fel: ");
		assertFocused(".error-summary");
		assertThat(find(".error-summary").getText()).contains("Skriv en rubrik.", "Skriv longituden")
			.doesNotContain("Fyll i både latitud och longitud");
		assertAccessibleWideAndNarrow();

		routedCase(town, "Ramp vid biblioteket");
		open(town.path("/cases/new"));
		type("#title", "Ramp vid biblioteket");
		type("#description", "Det behövs en ramp.");
		type("#latitude", "57,7089");
		type("#longitude", "11,9746");
		submitForm("main form");
		assertThat(browser.getTitle()).doesNotStartWith("Fel");
		assertFocused("#similar-notice");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldBreakTableCellsOnlyBetweenWordsAndKeepTheirLabelsOnAPhone() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		routedCase(town, "Fler bänkar");
		open(town.path("/statistics"));
		assertThat(wordsWiderThanTheirCell("table.figures")).isEmpty();
		assertAccessibleWideAndNarrow();
		try {
			browser.manage().window().setSize(PHONE);
			assertThat(labelsBeforeCells("table.figures tbody tr:first-child td")).containsExactly("Förvaltning: ",
					"Ärenden: ", "Bekräftat, median: ", "Besvarat, median: ", "I tid: ");
			assertNoSidewaysScrolling();
		}
		finally {
			browser.manage().window().setSize(HeadlessChromium.WINDOW);
		}
	}

	@Test
	void shouldShowTheUnitsOfStaffInTheAdminListNeverNull() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		TestStaff admin = newStaff(town.municipality(), "Astrid Admin", List.of(), StaffRole.MUNICIPALITY_ADMIN);
		newStaff(town.municipality(), "Hans Handläggare", List.of(town.streets().id()), StaffRole.HANDLER);
		signInAsStaff(admin);
		open(town.path("/admin/staff"));
		assertThat(find("main table").getText()).contains(town.streets().name()).doesNotContain("null");
		assertThat(wordsWiderThanTheirCell("main table")).isEmpty();
		assertAccessibleWideAndNarrow();
		try {
			browser.manage().window().setSize(PHONE);
			assertThat(labelsBeforeCells("main table tbody tr:first-child td")).contains("Namn: ", "Enheter: ");
		}
		finally {
			browser.manage().window().setSize(HeadlessChromium.WINDOW);
		}
		openInEnglish(town.path("/admin/staff"));
		assertThat(find("main table").getText()).doesNotContain("null");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldChangeARoutingRuleInPlaceAndWarnOfCategoriesWithoutARule() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		signInAsStaff(newStaff(town.municipality(), "Alva Admin", List.of(), StaffRole.MUNICIPALITY_ADMIN));
		open(town.path("/admin/routing"));
		assertThat(find(".notice-error").getText()).contains(town.roads().name(), town.culture().name());
		new Select(find("#rule-category")).selectByVisibleText(town.roads().name());
		new Select(find("#rule-unit")).selectByValue(String.valueOf(town.streets().id()));
		submitForm("form[action$='/admin/routing']");
		assertThat(find(".notice-error").getText()).contains(town.culture().name()).doesNotContain(town.roads().name());

		browser.findElement(By.cssSelector("main tbody tr a[href*='edit=']")).click();
		assertThat(new Select(find("#rule-category")).getFirstSelectedOption().getText())
			.isEqualTo(town.roads().name());
		assertAccessibleWideAndNarrow();
		type("#rule-area", "Centrum");
		new Select(find("#rule-unit")).selectByValue(String.valueOf(town.library().id()));
		submitForm("main form.narrow");
		assertOnPage(town.path("/admin/routing"));
		assertThat(browser.findElements(By.cssSelector("main tbody tr"))).hasSize(1);
		assertThat(find("main tbody tr").getText()).contains("Centrum", town.library().name());
		assertAccessibleWideAndNarrow();
	}

	/**
	 * The words of the table's cells that are wider than the cell's content box: those
	 * the browser must break inside (hyphenation, where the language allows it, is not
	 * counted). Text only screen readers hear is not measured, nor e-mail addresses
	 * (class {@code address}), which may break anywhere.
	 */
	private List<String> wordsWiderThanTheirCell(String tableSelector) {
		@SuppressWarnings("unchecked")
		List<String> words = (List<String>) ((JavascriptExecutor) browser).executeScript(
				"""
						var wide = [];
						document.querySelectorAll(arguments[0] + ' th, ' + arguments[0] + ' td').forEach(function (cell) {
						  var style = getComputedStyle(cell);
						  var width = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
						  var probe = document.createElement('span');
						  probe.style.whiteSpace = 'nowrap';
						  probe.style.hyphens = 'none';
						  var visible = cell.cloneNode(true);
						  visible.querySelectorAll('.visually-hidden, .address').forEach(function (hidden) { hidden.remove(); });
						  if (cell.classList.contains('address')) { return; }
						  visible.textContent.split(/\\s+/).filter(Boolean).forEach(function (word) {
						    probe.textContent = word;
						    cell.appendChild(probe);
						    if (probe.getBoundingClientRect().width > width + 0.5) { wide.push(word); }
						    cell.removeChild(probe);
						  });
						});
						return wide;""",
				tableSelector);
		return words;
	}

	/** The text before each cell (its column's name when cells are stacked). */
	private List<String> labelsBeforeCells(String cellSelector) {
		@SuppressWarnings("unchecked")
		List<String> labels = (List<String>) ((JavascriptExecutor) browser).executeScript("""
				return Array.from(document.querySelectorAll(arguments[0])).map(function (cell) {
				  var content = getComputedStyle(cell, '::before').content;
				  var shown = content !== 'none' && content !== 'normal' && getComputedStyle(cell).display === 'block';
				  return shown && cell.hasAttribute('data-label') ? cell.getAttribute('data-label') + ': ' : '';
				});""", cellSelector);
		return labels;
	}

	private void routedCase(TestMunicipality town, String title) {
		TestStaff coach = newStaff(town.municipality(), "Cilla Coach", List.of(), StaffRole.IDEA_COACH);
		StaffPrincipal coachPrincipal = users.reload(coach.id()).orElseThrow();
		SubmittedCase submitted = intake.submit(town.municipality(), new CaseSubmission(CaseKind.IDEA, title,
				"Text om " + title, town.roads().id(), "Torget", null, null, true, "sv", null, null, false));
		handling.routeCase(coachPrincipal, town.municipality().id(), submitted.reference(), town.streets().id(), null,
				new CaseHandling.PublicVersion(title, "En offentlig text om " + title + "."));
	}

}
