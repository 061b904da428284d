package se.medskapa.shared;

/** Small rules for text typed into forms. */
public final class Text {

	private Text() {
	}

	/**
	 * An optional field as it is stored: {@code null} when nothing but blanks was typed,
	 * otherwise stripped.
	 */
	/**
	 * At most the first {@code max} characters, e.g. of a refused text kept for the form
	 * (never a megabyte in the session).
	 */
	public static String atMost(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * The first {@code maxLength} characters of the text (never half a surrogate pair),
	 * or the text itself when it is no longer: for text that feeds an expensive query,
	 * such as a search, where the rest would only cost.
	 */
	public static String truncate(String value, int maxLength) {
		if (value == null || value.length() <= maxLength) {
			return value;
		}
		int end = Character.isLowSurrogate(value.charAt(maxLength)) ? maxLength - 1 : maxLength;
		return value.substring(0, end);
	}

}
