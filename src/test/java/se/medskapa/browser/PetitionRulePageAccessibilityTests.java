package se.medskapa.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffRole;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMunicipality;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin page of the e-petition rule passes axe at 1280 and 320 px in Swedish and
 * English, empty, with a wrong number (error summary and inline error, what was typed
 * kept) and saved.
 */
class PetitionRulePageAccessibilityTests extends BrowserTest {

	@Autowired
	Organisation organisation;

	@Test
	void shouldHaveNoAxeViolationsOnThePetitionRulePage() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		signInAsStaff(newStaff(town.municipality(), "Alva Admin", List.of(), StaffRole.MUNICIPALITY_ADMIN));
		open(town.path("/admin"));
		waitForNewPage(() -> find("#content a[href$='/admin/e-petitions']").click());
		assertOnPage(town.path("/admin/e-petitions"));
		assertThat(find("h1").getText()).isEqualTo("E-förslag i " + town.municipality().name());
		assertAccessibleWideAndNarrow();

		find("#enabled1").click();
		find("#threshold").clear();
		type("#threshold", "0");
		find("#periodDays").clear();
		type("#periodDays", "45");
		submitForm("main form");
		assertFormErrorsShown();
		assertThat(find("#periodDays").getDomProperty("value")).isEqualTo("45");
		assertAccessibleWideAndNarrow();

		find("#threshold").clear();
		type("#threshold", "25");
		new Select(find("#unitId")).selectByValue(String.valueOf(town.library().id()));
		submitForm("main form");
		assertThat(find(".flash").getText()).isEqualTo(message("flash.saved", "sv"));
		assertThat(new Select(find("#unitId")).getFirstSelectedOption().getText()).isEqualTo(town.library().name());
		assertAccessibleWideAndNarrow();

		openInEnglish(town.path("/admin/e-petitions"));
		assertLanguage("en");
		assertAccessibleWideAndNarrow();
	}

}
