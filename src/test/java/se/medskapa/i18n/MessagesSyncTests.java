package se.medskapa.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Swedish and English have the same keys, and no text is left empty. */
class MessagesSyncTests {

	@Test
	void shouldHaveTheSameKeysInSwedishAndEnglish() throws IOException {
		Properties swedish = load("sv");
		Properties english = load("en");
		Set<String> onlySwedish = new TreeSet<>(swedish.stringPropertyNames());
		onlySwedish.removeAll(english.stringPropertyNames());
		Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
		onlyEnglish.removeAll(swedish.stringPropertyNames());
		assertThat(onlySwedish).as("keys only in messages_sv").isEmpty();
		assertThat(onlyEnglish).as("keys only in messages_en").isEmpty();
	}

	@Test
	void shouldHaveNoEmptyTexts() throws IOException {
		for (String language : new String[] { "sv", "en" }) {
			Properties messages = load(language);
			assertThat(messages.stringPropertyNames())
				.allSatisfy(key -> assertThat(messages.getProperty(key)).as(language + ": " + key).isNotBlank());
		}
	}

	static Properties load(String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesSyncTests.class
			.getResourceAsStream("/messages/messages_" + language + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
