package se.medskapa.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page template of the modules' pages builds its title with the shared
 * {@code layout.pageTitle*} message, so titles follow "Sida – Kommun – Medskapa" (issue
 * 14, finding 14). The browser test {@code UxReviewPagesTests} checks the rendered text
 * of the main pages; this one makes sure no page of any module is left out.
 */
class PageTitlePatternTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TITLE = Pattern.compile("<title th:text=\"([^\"]*)\"");

	/**
	 * Pages whose title is not a module page: error pages, the platform's own pages and
	 * the sign-in pages, whose messages already end in "– Medskapa".
	 */
	private static final Set<String> EXEMPT = Set.of("error.html", "fragments", "platform", "accessibility",
			"municipalities", "error", "accounts/staff-login.html", "accounts/login.html",
			"accounts/sign-in-providers.html", "accounts/staff-home.html", "accounts/second-factor.html");

	@Test
	void everyModulePageUsesTheSharedTitlePattern() throws IOException {
		List<String> offenders;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			offenders = files.filter((file) -> file.toString().endsWith(".html"))
				.filter((file) -> !exempt(TEMPLATES.relativize(file).toString().replace('\\', '/')))
				.filter((file) -> !usesPattern(file))
				.map((file) -> TEMPLATES.relativize(file).toString())
				.toList();
		}
		assertThat(offenders).as("page templates whose <title> does not use layout.pageTitle").isEmpty();
	}

	@Test
	void theMeetingsChallengesContactsAndParticipationPagesAreCovered() throws IOException {
		for (String module : List.of("meetings", "challenges", "contacts", "participation", "cases", "admin")) {
			try (Stream<Path> files = Files.list(TEMPLATES.resolve(module))) {
				assertThat(files.filter((file) -> file.toString().endsWith(".html"))
					.filter(PageTitlePatternTests::hasTitle)
					.count()).as(module).isPositive();
			}
		}
	}

	private static boolean exempt(String relative) {
		return EXEMPT.stream().anyMatch((prefix) -> relative.equals(prefix) || relative.startsWith(prefix + "/"));
	}

	private static boolean hasTitle(Path file) {
		return read(file).contains("<title");
	}

	private static boolean usesPattern(Path file) {
		String text = read(file);
		if (!text.contains("<title")) {
			return true;
		}
		Matcher title = TITLE.matcher(text);
		if (!title.find()) {
			return false;
		}
		String expression = title.group(1);
		String[] branches = expression.contains(" ? ") ? expression.split(" \\? | : ") : new String[] { expression };
		for (int i = expression.contains(" ? ") ? 1 : 0; i < branches.length; i++) {
			if (!branches[i].contains("layout.pageTitle")) {
				return false;
			}
		}
		return true;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
