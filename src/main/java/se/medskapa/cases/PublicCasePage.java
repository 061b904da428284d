package se.medskapa.cases;

import java.util.List;

/**
 * One page of a public list: the cases, how many match in all (counted up to
 * {@link #COUNT_LIMIT} + 1: beyond that the page says "more than 10,000"), and the opaque
 * cursor of the next page ({@code null} on the last page).
 */
public record PublicCasePage(List<PublicCaseSummary> items, long total, String nextCursor) {

	/** Matches are counted up to this number and one more (ADR 0019). */
	public static final int COUNT_LIMIT = 10_000;

	/**
	 * Whether more than {@link #COUNT_LIMIT} cases match ({@link #total()} is then a
	 * bound).
	 */
	public boolean moreThanCountLimit() {
		return total > COUNT_LIMIT;
	}

	/** {@link #COUNT_LIMIT}, for the templates. */
	public int countLimit() {
		return COUNT_LIMIT;
	}

}
