package se.medskapa.cases;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The keyset position after the last line of a staff table page: the order, the value of
 * its first key (the deadline's epoch day, or the submission time in microseconds) and
 * the case id. A cursor of one order is refused by another instead of skipping cases.
 */
record StaffCaseCursor(StaffCaseSort sort, long value, long id) {

	String encode() {
		String plain = sort.key() + ":" + value + ":" + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
	}

	/** The cursor, or {@code null} for the first page. */
	static StaffCaseCursor decode(String cursor, StaffCaseSort sort) {
		if (cursor == null) {
			return null;
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
			if (parts.length == 3 && sort.key().equals(parts[0])) {
				return new StaffCaseCursor(sort, Long.parseLong(parts[1]), Long.parseLong(parts[2]));
			}
		}
		catch (IllegalArgumentException ex) {
			// fall through: not one of ours
		}
		throw new InvalidCursorException();
	}

}
