package se.medskapa.shared;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * {@link Instant} to and from the JDBC {@link Timestamp} of a {@code timestamptz} column,
 * with {@code null} (a column not set yet) passed through either way.
 */
public final class Timestamps {

	private Timestamps() {
	}

	public static Timestamp of(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	public static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
