package se.medskapa.cases;

/**
 * What the public list is asked for: optional filters, an optional search text and the
 * order. Blank search text means no search.
 */
public record PublicCaseQuery(CaseStatus status, CaseKind kind, Long categoryId, String text, PublicCaseSort sort) {

	public PublicCaseQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		sort = sort == null ? PublicCaseSort.NEWEST : sort;
	}

	public static PublicCaseQuery newest() {
		return new PublicCaseQuery(null, null, null, null, PublicCaseSort.NEWEST);
	}
}
