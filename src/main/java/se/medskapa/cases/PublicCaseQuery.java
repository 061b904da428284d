package se.medskapa.cases;

import se.medskapa.shared.Text;

/**
 * What the public list is asked for: optional filters, an optional search text and the
 * order. Blank search text means no search; a search text longer than
 * {@value #MAX_TEXT_LENGTH} characters (the form's {@code maxlength}) is cut there, as
 * every word of it becomes part of the query.
 */
public record PublicCaseQuery(CaseStatus status, CaseKind kind, Long categoryId, String text, PublicCaseSort sort) {

	/** The longest search text used; the rest of a longer one is ignored. */
	public static final int MAX_TEXT_LENGTH = 200;

	public PublicCaseQuery {
		text = text == null || text.isBlank() ? null : Text.truncate(text.strip(), MAX_TEXT_LENGTH).strip();
		sort = sort == null ? PublicCaseSort.NEWEST : sort;
	}

	public static PublicCaseQuery newest() {
		return new PublicCaseQuery(null, null, null, null, PublicCaseSort.NEWEST);
	}
}
