package se.medskapa.cases;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a staff queue, with the deadline flags every queue shows. */
public record StaffCaseSummary(long id, String reference, CaseKind kind, String title, CaseStatus status,
		Instant submittedAt, String unitName, String contactName, LocalDate acknowledgeDue, LocalDate answerDue,
		boolean acknowledgeOverdue, boolean answerOverdue, int hops) {

	public boolean overdue() {
		return acknowledgeOverdue || answerOverdue;
	}
}
