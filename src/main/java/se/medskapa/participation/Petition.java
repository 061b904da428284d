package se.medskapa.participation;

import java.time.Instant;

/**
 * Where an item stands against its municipality's e-petition rule, as its page shows it.
 *
 * @param supports the supports given before it closed (or so far)
 * @param closesAt {@code null} before the first support (the period starts with it)
 * @param qualifiedAt when it reached the threshold, or {@code null}
 * @param unitName the unit a qualified petition goes to, or {@code null}
 */
public record Petition(int threshold, int periodDays, int supports, Instant closesAt, Instant qualifiedAt,
		boolean expired, String unitName) {

	public boolean qualified() {
		return qualifiedAt != null;
	}

	/** Counting and not yet expired. */
	public boolean open() {
		return !qualified() && !expired;
	}

	public int missing() {
		return Math.max(0, threshold - supports);
	}

}
