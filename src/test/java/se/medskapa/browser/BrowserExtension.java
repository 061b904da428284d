package se.medskapa.browser;

import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.openqa.selenium.WebDriver;

/**
 * Gives browser tests one shared headless Chromium for the whole test run (kept in
 * JUnit's root store, so it is quit when the run ends). Without the Debian packages each
 * test is skipped with the reason (before its instance exists, so no application starts
 * for nothing), and a line on stderr says so; on CI ({@code CI=true}) a missing browser
 * fails instead: a CI run must not go green without its browser tests.
 */
class BrowserExtension implements BeforeAllCallback, TestInstancePreConstructCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	private static final List<String> MISSING = HeadlessChromium.missingBinaries();

	private static final String MISSING_MESSAGE = "Browser tests need Debian's chromium and chromium-driver "
			+ "(apt-get install chromium chromium-driver): " + String.join("; ", MISSING);

	@Override
	public void beforeAll(ExtensionContext context) {
		if (MISSING.isEmpty()) {
			browser(context);
		}
		else if ("true".equals(System.getenv("CI"))) {
			Assertions.fail(MISSING_MESSAGE + ". On CI (CI=true) this is a failure, not a skip.");
		}
		else {
			System.err.println("SKIPPING " + context.getDisplayName() + ": " + MISSING_MESSAGE);
		}
	}

	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
		Assumptions.assumeTrue(MISSING.isEmpty(), MISSING_MESSAGE);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == WebDriver.class;
	}

	@Override
	public WebDriver resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context).driver();
	}

	private static HeadlessChromium browser(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(HeadlessChromium.class, type -> HeadlessChromium.start(), HeadlessChromium.class);
	}

}
