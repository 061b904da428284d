package se.medskapa.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffRole;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a coach triages ten cases from the staff case table with bulk routing and the
 * keyboard, starting from the count on the start page; the shortcuts never take keys
 * typed into a field and can be switched off (WCAG 2.1.4); axe at 1280 and 320 px.
 */
class StaffCaseTableJourneyTests extends BrowserTest {

	@Autowired
	Organisation organisation;

	@Autowired
	CaseIntake intake;

	TestMunicipality town;

	TestStaff coach;

	@BeforeEach
	void town() {
		town = TestMunicipality.register(municipalities, organisation);
		coach = newStaff(town.municipality(), "Ida Idécoach", List.of(), StaffRole.IDEA_COACH);
	}

	@Test
	void aCoachTriagesTenCasesFromTheTableWithBulkRoutingAndTheKeyboard() {
		List<String> references = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			references.add(submit("Trasig gatlykta nummer " + i));
		}

		signInAsStaff(coach);
		WebElement count = find("a[href='" + town.path("/staff/cases?view=new") + "']");
		assertThat(count.getText()).isEqualTo("10 nya ärenden");
		assertAccessibleWideAndNarrow();
		waitForNewPage(count::click);
		assertThat(browser.findElements(By.cssSelector("tr.case-row"))).hasSize(10);
		assertAccessibleWideAndNarrow();

		// Typing into the search field is never taken as a shortcut.
		find("#filter-q").click();
		press("xj");
		assertThat(find("#filter-q").getDomProperty("value")).isEqualTo("xj");
		find("#filter-q").clear();
		browser.findElement(By.tagName("h1")).click();

		// j moves to the next case, x chooses it: all ten.
		for (int i = 0; i < 10; i++) {
			press("j");
			press("x");
		}
		assertThat(browser.findElements(By.cssSelector("tr.case-row input[type=checkbox]:checked"))).hasSize(10);
		// k goes back up; x on the last chosen one undoes and redoes the choice.
		press("k");
		assertFocused("tr[data-reference='" + references.get(8) + "'] a.case-link");
		press("j");
		// r goes to the unit of the bulk routing.
		press("r");
		assertFocused("#bulk-unit");
		new Select(find("#bulk-unit")).selectByValue(String.valueOf(town.streets().id()));
		waitForNewPage(() -> find("#bulk-route").sendKeys(Keys.ENTER));

		assertThat(find("#bulk-results h2").getText()).isEqualTo("10 av 10 ärenden ändrades");
		assertThat(browser.findElements(By.cssSelector("#bulk-results li.done"))).hasSize(10);
		assertThat(find("main").getText()).contains(message("list.empty", "sv"));
		assertAccessibleWideAndNarrow();

		open(town.path("/staff/cases?view=all"));
		for (String reference : references) {
			assertThat(find("tr[data-reference='" + reference + "']").getText()).contains(town.streets().name());
		}
		// Switched off, the keys do nothing.
		find("#shortcuts summary").click();
		find("#shortcuts-on").click();
		browser.findElement(By.tagName("h1")).click();
		press("j");
		press("x");
		assertThat(browser.findElements(By.cssSelector("tr.case-row input[type=checkbox]:checked"))).isEmpty();
		openInEnglish(town.path("/staff/cases?view=all"));
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
	}

	private String submit(String title) {
		return intake
			.submit(town.municipality(),
					new CaseSubmission(CaseKind.COMPLAINT, title, "Lampan lyser inte på kvällen.", town.roads().id(),
							"Storgatan", "Testperson Provsson",
							"resident-" + UUID.randomUUID() + "@test.medskapa.example", false, "sv", null, null, false))
			.reference();
	}

}
