package se.medskapa.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import se.medskapa.support.RenderedTemplates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every page template under {@code templates/} was opened by some browser test and passed
 * axe at 1280 and at 320 CSS pixels. The list of templates is read from the classpath,
 * not written down, so a new page without a browser test fails here. Runs after the other
 * test classes (junit-platform.properties orders classes by {@link Order}), and only when
 * every browser test class ran in this JVM: a run of a few browser classes cannot tell.
 */
@Order(Integer.MAX_VALUE)
class EveryPageTemplateCheckedTests {

	static final Set<Integer> WIDTHS = Set.of(HeadlessChromium.WINDOW.getWidth(), BrowserTest.NARROW.getWidth());

	/** A file of fragments only: it declares fragments and is no page of a layout. */
	static final Pattern FRAGMENT_LIBRARY = Pattern
		.compile("(?s)^(?!.*<html[^>]*th:(replace|insert|decorate)).*th:fragment.*");

	@Test
	void shouldHaveCheckedEveryPageTemplateWithAxeAtBothWidths() throws Exception {
		Set<Class<?>> browserTests = browserTestClasses();
		assumeTrue(BrowserTest.classesRun().containsAll(browserTests),
				"Needs every browser test class in this run; not run: "
						+ browserTests.stream().filter(type -> !BrowserTest.classesRun().contains(type)).toList());

		Map<String, Set<Integer>> checked = RenderedTemplates.axeWidthsByTemplate();
		assertThat(pageTemplates()).allSatisfy(template -> assertThat(checked.getOrDefault(template, Set.of()))
			.as("widths (CSS px) at which a browser test passed template %s with axe", template)
			.containsAll(WIDTHS));
	}

	@Test
	void shouldTakeEveryPageTemplateAndLeaveFragmentFilesOut() throws IOException {
		assertThat(pageTemplates()).contains("cases/new", "cases/public-list", "error", "error/500")
			.doesNotContain("fragments/layout", "fragments/forms", "cases/fragments");
	}

	/** The page templates, by view name ({@code cases/new}). */
	static Set<String> pageTemplates() throws IOException {
		Set<String> pages = new TreeSet<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:templates/**/*.html")) {
			String url = resource.getURL().toString();
			String name = url.substring(url.lastIndexOf("/templates/") + "/templates/".length(),
					url.length() - ".html".length());
			boolean inFragmentFolder = Arrays.stream(name.split("/"))
				.anyMatch(part -> part.equals("fragments") || part.equals("partials"));
			if (!inFragmentFolder
					&& !FRAGMENT_LIBRARY.matcher(resource.getContentAsString(StandardCharsets.UTF_8)).matches()) {
				pages.add(name);
			}
		}
		return pages;
	}

	private static Set<Class<?>> browserTestClasses() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(BrowserTest.class));
		Set<Class<?>> classes = new HashSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(BrowserTest.class.getPackageName())) {
			classes.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
		}
		return classes;
	}

}
