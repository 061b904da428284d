package se.medskapa.cases;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * The keyset position after the last case of a page, handed to clients as an opaque
 * string. It names the order it belongs to, so a cursor of one order is refused by
 * another instead of skipping cases.
 */
record PageCursor(PublicCaseSort sort, int supportCount, Instant submittedAt, long id) {

	private static final String NEWEST = "n";

	private static final String MOST_SUPPORTED = "s";

	static PageCursor after(PublicCaseSort sort, PublicCaseSummary last, long id) {
		return new PageCursor(sort, last.supportCount(), last.submittedAt(), id);
	}

	String encode() {
		long micros = submittedAt.getEpochSecond() * 1_000_000 + submittedAt.getNano() / 1_000;
		String plain = sort == PublicCaseSort.MOST_SUPPORTED
				? MOST_SUPPORTED + ":" + supportCount + ":" + micros + ":" + id : NEWEST + ":" + micros + ":" + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
	}

	/** The cursor, or {@code null} for the first page. */
	static PageCursor decode(String cursor, PublicCaseSort sort) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
			if (sort == PublicCaseSort.MOST_SUPPORTED && parts.length == 4 && MOST_SUPPORTED.equals(parts[0])) {
				return new PageCursor(sort, Integer.parseInt(parts[1]), instant(Long.parseLong(parts[2])),
						Long.parseLong(parts[3]));
			}
			if (sort == PublicCaseSort.NEWEST && parts.length == 3 && NEWEST.equals(parts[0])) {
				return new PageCursor(sort, 0, instant(Long.parseLong(parts[1])), Long.parseLong(parts[2]));
			}
		}
		catch (IllegalArgumentException | ArithmeticException | DateTimeException ex) {
			// fall through: not one of ours
		}
		throw new InvalidCursorException();
	}

	private static Instant instant(long micros) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
	}
}
