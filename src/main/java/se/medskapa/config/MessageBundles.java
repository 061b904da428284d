package se.medskapa.config;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles on the class path: one pair per module in {@code messages/}
 * ({@code <module>_sv.properties}, {@code <module>_en.properties}) plus
 * {@code messages/messages_*} for the texts several modules share. A bundle is known by
 * its Swedish file, since Swedish is always complete.
 */
final class MessageBundles {

	static final String FOLDER = "messages/";

	private static final String SWEDISH_SUFFIX = "_sv.properties";

	private MessageBundles() {
	}

	/** Base names such as {@code messages/cases}, sorted, each once. */
	static List<String> basenames() throws IOException {
		Resource[] swedish = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:" + FOLDER + "*" + SWEDISH_SUFFIX);
		return Arrays.stream(swedish)
			.map(Resource::getFilename)
			.filter(Objects::nonNull)
			.map(name -> FOLDER + name.substring(0, name.length() - SWEDISH_SUFFIX.length()))
			.distinct()
			.sorted()
			.toList();
	}

}
