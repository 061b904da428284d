package se.medskapa.browser;

import java.util.List;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core on the page in the browser against WCAG 2.0 and 2.1, levels A and AA, the
 * level Swedish law (DOS-lagen, EN 301 549) asks of public-sector sites.
 */
final class Axe {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final String AXE_SOURCE = axeSource();

	private Axe() {
	}

	/**
	 * Fails, listing every violation with its failing elements, unless the current page
	 * has none.
	 */
	static void assertNoViolations(WebDriver driver) {
		String report = violations(driver);
		if (!report.isEmpty()) {
			throw new AssertionError(report);
		}
	}

	/** A readable report of the current page's violations; empty when there are none. */
	static String violations(WebDriver driver) {
		Results results = analyze(driver);
		if (results.isErrored()) {
			throw new AssertionError(
					"axe could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (violations.isEmpty()) {
			return "";
		}
		StringBuilder report = new StringBuilder();
		report.append(violations.size())
			.append(" axe violation(s) on ")
			.append(driver.getCurrentUrl())
			.append(" (\"")
			.append(driver.getTitle())
			.append("\"):");
		for (Rule rule : violations) {
			report.append("\n- ")
				.append(rule.getId())
				.append(" [")
				.append(rule.getImpact())
				.append("] ")
				.append(rule.getHelp())
				.append("\n  ")
				.append(rule.getHelpUrl());
			for (CheckedNode node : rule.getNodes()) {
				report.append("\n  * ").append(node.getTarget()).append("  ").append(oneLine(node.getHtml()));
				if (node.getFailureSummary() != null) {
					report.append("\n    ").append(oneLine(node.getFailureSummary()));
				}
			}
		}
		return report.toString();
	}

	/**
	 * Our pages have no frames, so axe runs in the page itself ("legacy" mode) rather
	 * than in partial runs finished in an extra blank window, and axe's half-megabyte
	 * script is sent once per page instead of twice. Only violations come back in full;
	 * that keeps a check at about a quarter of a second.
	 */
	@SuppressWarnings("deprecation")
	private static Results analyze(WebDriver driver) {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		AxeBuilder axe = new AxeBuilder().withOptions(options)
			.withTags(WCAG_21_AA)
			.disableIframeTesting()
			.setLegacyMode(true);
		axe.setInjectAxe(Axe::injectOnce, false);
		return axe.analyze(driver);
	}

	private static void injectOnce(WebDriver driver) {
		JavascriptExecutor page = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
			page.executeScript(AXE_SOURCE);
		}
	}

	private static String axeSource() {
		try {
			return new EmbeddedResourceAxeProvider().getScript();
		}
		catch (Exception ex) {
			throw new IllegalStateException("axe.min.js is missing from com.deque.html.axe-core:selenium", ex);
		}
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").strip();
	}

}
