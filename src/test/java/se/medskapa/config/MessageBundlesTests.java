package se.medskapa.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message source finds every bundle in the folder by itself, with no list to keep.
 */
class MessageBundlesTests {

	@Test
	void shouldLoadEveryBundleOfTheMessagesFolder() throws IOException {
		List<String> onDisk;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			onDisk = files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith("_sv.properties"))
				.map(name -> "messages/" + name.replace("_sv.properties", ""))
				.sorted()
				.toList();
		}
		assertThat(MessageBundles.basenames()).isEqualTo(onDisk).contains("messages/messages", "messages/cases");
	}

	@Test
	void shouldResolveTextsOfSharedAndModuleBundlesInBothLanguages() throws IOException {
		MessageSource messages = new WebConfiguration().messageSource();
		assertThat(messages.getMessage("layout.nav.signIn", null, Locale.forLanguageTag("sv"))).isEqualTo("Logga in");
		assertThat(messages.getMessage("layout.nav.signIn", null, Locale.ENGLISH)).isEqualTo("Sign in");
		assertThat(messages.getMessage("role.IDEA_COACH", null, Locale.forLanguageTag("sv"))).isEqualTo("Idécoach");
		assertThat(messages.getMessage("caseStatus.RECEIVED", null, Locale.ENGLISH)).isEqualTo("Received");
	}

}
