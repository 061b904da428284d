package se.medskapa.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the staff case table, with its marks: past a deadline, returned by a unit
 * (the unit's name while the case waits in the coach queue), an unread resident reply.
 */
public record StaffCaseRow(long id, String reference, CaseKind kind, String title, String categoryName, String place,
		String unitName, String contactName, Instant submittedAt, long ageDays, LocalDate answerDue, CaseStatus status,
		boolean closed, boolean overdue, String returnedByUnitName, boolean unreadReply) {

	public boolean returned() {
		return returnedByUnitName != null;
	}

}
