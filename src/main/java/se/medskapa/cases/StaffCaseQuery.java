package se.medskapa.cases;

/**
 * One page of the staff case table: a saved view, optional filters (free text or case
 * number, kind, category, unit, status), an order and the keyset position after the last
 * case of the page before ({@code null} for the first page).
 */
public record StaffCaseQuery(StaffCaseView view, String text, CaseKind kind, Long categoryId, Long unitId,
		CaseStatus status, StaffCaseSort sort, String after) {

	/** The longest search text taken into account. */
	public static final int MAX_TEXT = 200;

	public StaffCaseQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		if (text != null && text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
		}
		after = after == null || after.isBlank() ? null : after;
	}

	public static StaffCaseQuery of(StaffCaseView view) {
		return new StaffCaseQuery(view, null, null, null, null, null, StaffCaseSort.DEADLINE, null);
	}

	/** The same query from its first page. */
	public StaffCaseQuery firstPage() {
		return new StaffCaseQuery(view, text, kind, categoryId, unitId, status, sort, null);
	}

	public StaffCaseQuery after(String cursor) {
		return new StaffCaseQuery(view, text, kind, categoryId, unitId, status, sort, cursor);
	}

}
