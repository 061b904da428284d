package se.medskapa.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything staff see about a case, including the resident's original text and contact
 * details.
 */
public record StaffCaseDetail(long id, String reference, CaseKind kind, String title, String description,
		String publicTitle, String publicDescription, boolean published, boolean publishPermission, boolean internal,
		CaseStatus status, Long categoryId, String categoryName, String place, String submitterName,
		String submitterEmail, Long unitId, String unitName, Long contactStaffId, String contactName,
		Instant submittedAt, LocalDate acknowledgeDue, LocalDate answerDue, Instant acknowledgedAt, Instant answeredAt,
		Instant closedAt, boolean acknowledgeOverdue, boolean answerOverdue, int hops, String registryNumber,
		String forwardedTo, String mergedIntoReference, List<Entry> timeline, Double latitude, Double longitude) {

	/** A timeline entry as staff see it: internal notes and resident replies included. */
	public record Entry(Instant occurredAt, CaseEventType type, String actorName, boolean actorResident,
			CaseStatus toStatus, String unitName, String publicMessage, String internalNote, String residentMessage) {
	}
}
