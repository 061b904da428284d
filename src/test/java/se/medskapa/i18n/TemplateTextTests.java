package se.medskapa.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates hold no hard-coded user-facing text: every visible text and every label-like
 * attribute comes from the message bundles, and every message key a template names
 * exists.
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label", "value");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	@Test
	void shouldHaveNoHardCodedTextInTemplates() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (element.tagName().equals("script") || element.tagName().equals("style")) {
					continue;
				}
				// th:text and th:utext replace the element's text, not its attributes: an
				// aria-label or title beside them is checked below all the same.
				boolean textFromBundle = element.hasAttr("th:text") || element.hasAttr("th:utext");
				for (TextNode text : element.textNodes()) {
					if (!textFromBundle && text.text().codePoints().anyMatch(Character::isLetter)) {
						problems.add(template + ": text '" + text.text().strip() + "' in <" + element.tagName() + ">");
					}
				}
				for (String attribute : TEXT_ATTRIBUTES) {
					String value = element.attr(attribute);
					if (!value.isBlank() && value.codePoints().anyMatch(Character::isLetter)
							&& !(attribute.equals("value") && element.attr("type").matches("hidden|radio|checkbox"))) {
						problems.add(template + ": attribute " + attribute + "='" + value + "'");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void shouldNameOnlyExistingMessageKeys() throws IOException {
		Properties swedish = MessagesSyncTests.load("sv");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!swedish.containsKey(matcher.group(1))) {
					missing.add(template + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> paths = Files.walk(TEMPLATES)) {
			return paths.filter(path -> path.toString().endsWith(".html")).toList();
		}
	}

}
