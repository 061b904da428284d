package se.medskapa.cases;

import java.util.List;

/**
 * One page of a public list: the cases, how many match in all (counted up to
 * {@link #countLimit()} + 1: beyond that the page says "more than 10,000", or for a
 * search "more than 100"), and the opaque cursor of the next page ({@code null} on the
 * last page).
 */
public record PublicCasePage(List<PublicCaseSummary> items, long total, String nextCursor, int countLimit) {

	/** Matches of a list are counted up to this number and one more (ADR 0019). */
	public static final int COUNT_LIMIT = 10_000;

	/**
	 * Matches of a search are counted up to this number and one more (ADR 0038): a common
	 * word's page is then read from the newest cases alone.
	 */
	public static final int SEARCH_COUNT_LIMIT = 100;

	/** A page of a list counted up to {@link #COUNT_LIMIT}. */
	public PublicCasePage(List<PublicCaseSummary> items, long total, String nextCursor) {
		this(items, total, nextCursor, COUNT_LIMIT);
	}

	/**
	 * Whether more than {@link #countLimit()} cases match ({@link #total()} is then a
	 * bound).
	 */
	public boolean moreThanCountLimit() {
		return total > countLimit;
	}

}
