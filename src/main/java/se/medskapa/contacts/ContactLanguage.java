package se.medskapa.contacts;

import java.util.List;

/**
 * The languages a resident can ask to be contacted in: Swedish, English and the national
 * minority and large languages.
 */
public final class ContactLanguage {

	public static final List<String> ALL = List.of("sv", "en", "fi", "se", "ar", "so", "fa", "ti");

	private ContactLanguage() {
	}

}
