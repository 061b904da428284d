package se.medskapa.shared;

/** Small rules for text typed into forms. */
public final class Text {

	private Text() {
	}

	/**
	 * An optional field as it is stored: {@code null} when nothing but blanks was typed,
	 * otherwise stripped.
	 */
	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
