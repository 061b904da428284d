package se.medskapa.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The axe check itself: it must see violations, or the accessibility tests would pass for
 * nothing.
 */
class AxeTests extends BrowserTest {

	@Test
	void shouldReportEachViolationWithRuleHelpAndFailingElements() {
		browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html><head><title>t</title></head>"
				+ "<body><main><img id='photo' src='x.png'></main></body></html>");

		assertThatThrownBy(() -> Axe.assertNoViolations(browser)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("image-alt")
			.hasMessageContaining("Images must have alternative text")
			.hasMessageContaining("#photo")
			.hasMessageContaining("<img id=\"photo\" src=\"x.png\">")
			.hasMessageContaining("html-has-lang");
	}

	@Test
	void shouldFindNoViolationsOnAnAccessiblePage() {
		open("/");

		assertThat(Axe.violations(browser)).isEmpty();
	}

}
