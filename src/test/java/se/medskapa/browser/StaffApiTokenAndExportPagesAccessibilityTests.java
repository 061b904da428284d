package se.medskapa.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import se.medskapa.accounts.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API token page and the export form on the case list pass axe: empty, with errors,
 * with a new token shown once and with tokens listed, in Swedish and English.
 */
class StaffApiTokenAndExportPagesAccessibilityTests extends BrowserTest {

	@Test
	void shouldHaveNoAxeViolationsOnTheApiTokenPageInEveryState() {
		signInAsStaff(newStaff("boras", StaffRole.IDEA_COACH));
		open("/staff/api-tokens");
		assertHeading("apiTokens.title", "sv");
		assertAccessibleWideAndNarrow();

		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		type("#name", "Export till diariet");
		submitForm();
		assertOnPage("/staff/api-tokens");
		assertThat(find("#issued-token").getText()).startsWith("msk_");
		assertAccessibleWideAndNarrow();

		openInEnglish("/staff/api-tokens");
		assertLanguage("en");
		assertThat(browser.findElements(By.id("issued-token"))).isEmpty();
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheCaseListWithTheExportForm() {
		signInAsStaff(newStaff("boras", StaffRole.IDEA_COACH));
		assertPagesAccessible("sv", List.of("/boras/staff/cases"));
		assertThat(find("form[action$='/export.csv']").isDisplayed()).isTrue();
		assertPagesAccessible("en", List.of("/boras/staff/cases"));
	}

}
