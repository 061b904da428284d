package se.medskapa.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message bundle in {@code messages/} (one per module, plus {@code messages_*} for
 * shared texts) has the same keys in Swedish and English, no text is left empty, and no
 * key is in two bundles, and a text takes the same {@code {n}} arguments in both
 * languages.
 */
class MessagesSyncTests {

	static final Path BUNDLES = Path.of("src/main/resources/messages");

	static final List<String> LANGUAGES = List.of("sv", "en");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[},]");

	@Test
	void shouldHaveBothLanguagesOfEveryBundle() throws IOException {
		for (String language : LANGUAGES) {
			assertThat(bundleNames(language)).as("bundles in " + language).isEqualTo(bundleNames("sv"));
		}
		assertThat(bundleNames("sv")).contains("messages", "cases", "accounts", "municipalities");
	}

	@Test
	void shouldHaveTheSameKeysInSwedishAndEnglish() throws IOException {
		for (String bundle : bundleNames("sv")) {
			Set<String> swedish = load(bundle, "sv").stringPropertyNames();
			Set<String> english = load(bundle, "en").stringPropertyNames();
			Set<String> onlySwedish = new TreeSet<>(swedish);
			onlySwedish.removeAll(english);
			Set<String> onlyEnglish = new TreeSet<>(english);
			onlyEnglish.removeAll(swedish);
			assertThat(onlySwedish).as("keys only in " + bundle + "_sv").isEmpty();
			assertThat(onlyEnglish).as("keys only in " + bundle + "_en").isEmpty();
		}
	}

	@Test
	void shouldHaveNoEmptyTexts() throws IOException {
		for (String bundle : bundleNames("sv")) {
			for (String language : LANGUAGES) {
				Properties messages = load(bundle, language);
				assertThat(messages.stringPropertyNames())
					.allSatisfy(key -> assertThat(messages.getProperty(key)).as(bundle + "_" + language + ": " + key)
						.isNotBlank());
			}
		}
	}

	@Test
	void shouldHaveEveryKeyInOneBundleOnly() throws IOException {
		Map<String, String> bundleOfKey = new TreeMap<>();
		List<String> twice = new ArrayList<>();
		for (String bundle : bundleNames("sv")) {
			for (String key : load(bundle, "sv").stringPropertyNames()) {
				String earlier = bundleOfKey.putIfAbsent(key, bundle);
				if (earlier != null) {
					twice.add(key + " in " + earlier + " and " + bundle);
				}
			}
		}
		assertThat(twice).isEmpty();
	}

	@Test
	void shouldHaveTheSamePlaceholdersInSwedishAndEnglish() throws IOException {
		Properties swedish = load("sv");
		Properties english = load("en");
		List<String> different = new ArrayList<>();
		for (String key : new TreeSet<>(swedish.stringPropertyNames())) {
			Set<String> inSwedish = placeholders(swedish.getProperty(key));
			Set<String> inEnglish = placeholders(english.getProperty(key, ""));
			if (!inSwedish.equals(inEnglish)) {
				different.add(key + ": sv " + inSwedish + ", en " + inEnglish);
			}
		}
		assertThat(different).isEmpty();
		assertThat(placeholders("{0} av {1,number}")).as("positive control").containsExactly("{0}", "{1}");
	}

	/**
	 * The {@code {n}} arguments a text takes, formats ({@code {1,number}}) left aside.
	 */
	static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add("{" + matcher.group(1) + "}");
		}
		return found;
	}

	/** All texts of one language, from every bundle. */
	static Properties load(String language) throws IOException {
		Properties all = new Properties();
		for (String bundle : bundleNames(language)) {
			all.putAll(load(bundle, language));
		}
		return all;
	}

	static Properties load(String bundle, String language) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(BUNDLES.resolve(bundle + "_" + language + ".properties"),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	/**
	 * The bundle names ({@code cases}, {@code messages}, …) that have a file in a
	 * language.
	 */
	static Set<String> bundleNames(String language) throws IOException {
		String suffix = "_" + language + ".properties";
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(suffix))
				.map(name -> name.substring(0, name.length() - suffix.length()))
				.collect(TreeSet::new, Set::add, Set::addAll);
		}
	}

}
