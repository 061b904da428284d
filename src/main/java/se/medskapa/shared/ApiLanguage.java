package se.medskapa.shared;

import java.util.List;
import java.util.Locale;

/**
 * The language of a JSON API response: the best of Swedish and English by the request's
 * {@code Accept-Language}, Swedish when it names neither. The API keeps no cookie, so the
 * pages' remembered language choice does not apply.
 */
public final class ApiLanguage {

	private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH);

	private ApiLanguage() {
	}

	public static Locale of(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return SUPPORTED.get(0);
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
			return best == null ? SUPPORTED.get(0) : best;
		}
		catch (IllegalArgumentException ex) {
			return SUPPORTED.get(0);
		}
	}

}
