package se.medskapa.cases;

import java.util.List;

/**
 * One page of a public list: the cases, how many match in all, and the opaque cursor of
 * the next page ({@code null} on the last page).
 */
public record PublicCasePage(List<PublicCaseSummary> items, long total, String nextCursor) {
}
