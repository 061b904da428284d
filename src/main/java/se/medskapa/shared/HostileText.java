package se.medskapa.shared;

/**
 * The one check of typed text before it reaches the database or a page: PostgreSQL
 * refuses NUL in {@code text} (so it would end as a 500), other C0 control characters and
 * unpaired surrogates have no meaning in a case or a name and break mails and CSV. TAB,
 * CR and LF are ordinary text.
 *
 * <p>
 * Bidi override and isolate characters (U+202A–U+202E, U+2066–U+2069) are stripped, not
 * refused: they are invisible, word processors and right-to-left keyboards leave them in
 * pasted text a resident cannot see or remove, so refusing would block honest people;
 * kept, they could make a title on the public list read differently from what is stored
 * ("Trojan Source" spoofing). Without them, the browser's own bidi algorithm still shows
 * Arabic or Hebrew text correctly.
 */
public final class HostileText {

	private HostileText() {
	}

	/** Whether the text may be stored as it is (after {@link #withoutBidiControls}). */
	public static boolean acceptable(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/** The text without bidi override and isolate characters. */
	public static String withoutBidiControls(String text) {
		if (text == null || text.chars().noneMatch(HostileText::bidiControl)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.chars().filter(c -> !bidiControl(c)).forEach(c -> kept.append((char) c));
		return kept.toString();
	}

	/**
	 * The text as it may be stored.
	 * @throws HostileTextException when it holds characters that cannot be stored
	 */
	public static String checked(String text) {
		if (!acceptable(text)) {
			throw new HostileTextException();
		}
		return withoutBidiControls(text);
	}

	/**
	 * A secret exactly as typed: refused when it cannot be stored, never changed, since
	 * it is compared with what the sign-in reads unchanged.
	 * @throws HostileTextException when it holds characters that cannot be stored
	 */
	public static String checkedSecret(String text) {
		if (!acceptable(text)) {
			throw new HostileTextException();
		}
		return text;
	}

	private static boolean bidiControl(int c) {
		return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

	/**
	 * Text with control characters or broken surrogates: a refusal of the input, never a
	 * server error.
	 */
	public static final class HostileTextException extends IllegalArgumentException {

		public static final String MESSAGE_KEY = "validation.controlCharacters";

		HostileTextException() {
			super("Text with control characters or unpaired surrogates");
		}

	}

}
