package se.medskapa.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import se.medskapa.accounts.StaffRole;
import se.medskapa.cases.CaseEventType;
import se.medskapa.cases.CaseKind;
import se.medskapa.participation.ModerationState;
import se.medskapa.participation.ReportReason;
import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.PublicCaseSort;
import se.medskapa.cases.StaffCaseSort;
import se.medskapa.cases.StaffCaseView;
import se.medskapa.meetings.Audience;
import se.medskapa.meetings.EventKind;
import se.medskapa.meetings.Promotion;
import se.medskapa.meetings.RegistrationStatus;
import se.medskapa.contacts.AccessibilityNeed;
import se.medskapa.contacts.BackgroundField;
import se.medskapa.contacts.ContactFrequency;
import se.medskapa.contacts.ContactLanguage;
import se.medskapa.contacts.WayOfTakingPart;
import se.medskapa.cases.PublicCases;
import se.medskapa.challenges.ChallengeStatus;
import se.medskapa.challenges.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates hold no hard-coded user-facing text: every visible text and every label-like
 * attribute comes from the message bundles, and every message key a template names
 * exists, in one of the bundles of {@code messages/}; so does every key the Java code
 * names.
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label",
			"aria-description", "label", "content", "value");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	/**
	 * {@code #{'caseStatus.' + ${…}}}, also with the quotes escaped inside a fragment
	 * call.
	 */
	private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{\\\\?'([A-Za-z0-9_.]+\\.)\\\\?'\\s*\\+");

	/** Every prefix of a dynamic key, and the values its expression can take. */
	private static final Map<String, Supplier<Collection<String>>> DYNAMIC_KEY_VALUES = Map.ofEntries(
			Map.entry("caseStatus.", () -> names(CaseStatus.values())),
			Map.entry("caseKind.", () -> names(CaseKind.values())),
			Map.entry("staffCases.view.", () -> Arrays.stream(StaffCaseView.values()).map(v -> v.key()).toList()),
			Map.entry("staffCases.sort.", () -> Arrays.stream(StaffCaseSort.values()).map(v -> v.key()).toList()),
			Map.entry("caseEvent.", () -> names(CaseEventType.values())),
			Map.entry("publicCase.event.", TemplateTextTests::publicEventTypes),
			Map.entry("role.", () -> names(StaffRole.values())),
			Map.entry("publicCases.sort.", () -> names(PublicCaseSort.values())),
			// The action forms of the staff case page (StaffCasePage.FORMS, not visible
			// from here).
			Map.entry("staffCase.",
					() -> List.of("route", "answer", "publish", "take", "assign", "status", "message", "handOver",
							"return", "forward", "merge", "note", "registryNumber")),
			Map.entry("meetings.kind.", () -> names(EventKind.values())),
			Map.entry("meetings.audience.", () -> names(Audience.values())),
			Map.entry("meetings.promotion.", () -> names(Promotion.values())),
			Map.entry("meetings.status.", () -> names(RegistrationStatus.values())),
			// The contact bank's fixed lists.
			Map.entry("contacts.way.", () -> names(WayOfTakingPart.values())),
			Map.entry("contacts.frequency.", () -> names(ContactFrequency.values())),
			Map.entry("contacts.need.", () -> names(AccessibilityNeed.values())),
			Map.entry("contacts.background.", () -> names(BackgroundField.values())),
			Map.entry("contacts.language.", () -> ContactLanguage.ALL),
			Map.entry("contacts.ageBand.", BackgroundField.AGE_BAND::answers),
			Map.entry("contacts.occupation.", BackgroundField.OCCUPATION::answers),
			Map.entry("contacts.yesNo.", BackgroundField.SCHOOL_PARENT::answers),
			Map.entry("contacts.status.", () -> List.of("INVITED", "ACCEPTED", "DECLINED", "RESERVE", "LEFT_OUT")),
			Map.entry("contacts.answer.done.", () -> List.of("INVITED", "ACCEPTED", "DECLINED", "RESERVE", "LEFT_OUT")),
			Map.entry("contacts.audit.kind.", () -> List.of("SEARCH", "INVITATION", "REVEAL")),
			// Only a linked event or challenge has a title to show (ADDRESS shows the
			// address).
			Map.entry("contacts.answer.linkTo.", () -> List.of("EVENT", "CHALLENGE")),
			Map.entry("challengeStatus.", () -> names(ChallengeStatus.values())),
			Map.entry("participation.report.reason.", () -> names(ReportReason.values())),
			Map.entry("participation.moderation.state.", () -> names(ModerationState.values())),
			Map.entry("participation.moderation.log.",
					() -> List.of("HIDDEN_BY_REPORTS", "HIDDEN", "RESTORED", "BLOCKED")),
			Map.entry("publicChallenge.closed.", () -> names(ChallengeStatus.values())),
			// The public list's sections: every status the public sees.
			Map.entry("publicChallenges.section.", () -> List.of("PUBLISHED", "EVALUATING", "DECIDED")),
			Map.entry("outcome.", () -> names(Outcome.values())));

	private static final Path MAIN_JAVA = Path.of("src/main/java");

	private static final Pattern VALIDATION_MESSAGE = Pattern.compile("\"\\{([A-Za-z0-9_]+\\.[A-Za-z0-9_.]+)}\"");

	private static final Pattern KEY_LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]*)+)\"");

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
							&& !(attribute.equals("value") && element.attr("type").matches("hidden|radio|checkbox"))
							&& !isMachineReadableContent(element, attribute)) {
						problems.add(template + ": attribute " + attribute + "='" + value + "'");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * A {@code <meta>} tag's {@code content} is read by people only for the description;
	 * the viewport, charset and robots settings are for the browser.
	 */
	private static boolean isMachineReadableContent(Element element, String attribute) {
		return attribute.equals("content") && element.tagName().equals("meta")
				&& !element.attr("name").equals("description");
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

	/**
	 * Keys named in Java: validation messages ({@code "{validation.required}"}) and
	 * string literals that start like a key family ({@code "flash.saved"}). A literal may
	 * also be the start of keys completed at run time ({@code "caseStatus."},
	 * {@code "mail.staff.newCase"} + {@code ".subject"}).
	 */
	@Test
	void shouldNameOnlyExistingMessageKeysInCode() throws IOException {
		Set<String> keys = MessagesSyncTests.load("sv").stringPropertyNames();
		Set<String> families = keys.stream().map(key -> key.split("\\.")[0]).collect(Collectors.toSet());
		List<String> missing = new ArrayList<>();
		for (Path source : files(MAIN_JAVA, ".java")) {
			String code = Files.readString(source);
			Matcher validation = VALIDATION_MESSAGE.matcher(code);
			while (validation.find()) {
				if (!keys.contains(validation.group(1))) {
					missing.add(source + ": " + validation.group(1));
				}
			}
			Matcher literal = KEY_LITERAL.matcher(code);
			while (literal.find()) {
				String text = literal.group(1);
				if (families.contains(text.split("\\.")[0]) && !namesKeys(text, keys)) {
					missing.add(source + ": " + text);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * Keys completed at run time ({@code #{'caseStatus.' + ${case.status}}}) exist in
	 * both languages for every value the expression can take: each prefix names where its
	 * values come from, and a prefix not in {@link #DYNAMIC_KEY_VALUES} fails until it is
	 * added.
	 */
	@Test
	void shouldHaveEveryDynamicKeyInBothLanguages() throws IOException {
		Properties swedish = MessagesSyncTests.load("sv");
		Properties english = MessagesSyncTests.load("en");
		Set<String> prefixes = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = DYNAMIC_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				prefixes.add(matcher.group(1));
			}
		}
		assertThat(prefixes).as("dynamic key prefixes in the templates").isNotEmpty();
		assertThat(DYNAMIC_KEY_VALUES.keySet()).as("prefixes whose values this test knows").containsAll(prefixes);
		List<String> missing = new ArrayList<>();
		for (String prefix : prefixes) {
			for (String value : DYNAMIC_KEY_VALUES.get(prefix).get()) {
				for (Properties messages : List.of(swedish, english)) {
					if (!messages.containsKey(prefix + value)) {
						missing.add(prefix + value + (messages == swedish ? " (sv)" : " (en)"));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<String> names(Enum<?>[] constants) {
		return Stream.of(constants).map(Enum::name).toList();
	}

	@SuppressWarnings("unchecked")
	private static Collection<String> publicEventTypes() {
		return (Collection<String>) ReflectionTestUtils.getField(PublicCases.class, "PUBLIC_EVENT_TYPES");
	}

	private static boolean namesKeys(String text, Set<String> keys) {
		String start = text.endsWith(".") ? text : text + ".";
		return keys.contains(text) || keys.stream().anyMatch(key -> key.startsWith(start));
	}

	private static List<Path> templates() throws IOException {
		return files(TEMPLATES, ".html");
	}

	private static List<Path> files(Path folder, String ending) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(path -> path.toString().endsWith(ending)).toList();
		}
	}

}
