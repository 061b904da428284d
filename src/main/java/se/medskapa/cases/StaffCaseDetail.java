package se.medskapa.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything staff see about a case, including the resident's original text and contact
 * details, and what the staff member who reads it may do with it now: {@code actions} and
 * the {@code statusTargets} the case accepts (both empty when read without an actor).
 */
public record StaffCaseDetail(long id, String reference, CaseKind kind, String title, String description,
		String publicTitle, String publicDescription, boolean published, boolean publishPermission, boolean internal,
		CaseStatus status, Long categoryId, String categoryName, String place, String submitterName,
		String submitterEmail, Long unitId, String unitName, Long contactStaffId, String contactName,
		Instant submittedAt, LocalDate acknowledgeDue, LocalDate answerDue, Instant acknowledgedAt, Instant answeredAt,
		Instant closedAt, boolean acknowledgeOverdue, boolean answerOverdue, int hops, String registryNumber,
		String forwardedTo, String mergedIntoReference, List<Entry> timeline, Double latitude, Double longitude,
		Set<CaseAction> actions, List<CaseStatus> statusTargets) {

	/**
	 * Whether the reader may take the action now, by its {@link CaseAction} name (for
	 * templates: {@code case.may('ROUTE')}).
	 */
	public boolean may(String action) {
		return actions.contains(CaseAction.valueOf(action));
	}

	/** The same case with another timeline and reader's permissions. */
	StaffCaseDetail with(List<Entry> timeline, Set<CaseAction> actions, List<CaseStatus> statusTargets) {
		return new StaffCaseDetail(id, reference, kind, title, description, publicTitle, publicDescription, published,
				publishPermission, internal, status, categoryId, categoryName, place, submitterName, submitterEmail,
				unitId, unitName, contactStaffId, contactName, submittedAt, acknowledgeDue, answerDue, acknowledgedAt,
				answeredAt, closedAt, acknowledgeOverdue, answerOverdue, hops, registryNumber, forwardedTo,
				mergedIntoReference, timeline, latitude, longitude, actions, statusTargets);
	}

	/**
	 * A timeline entry as staff see it: internal notes and resident replies included;
	 * {@code contactName} is who became the contact person by it.
	 */
	public record Entry(Instant occurredAt, CaseEventType type, String actorName, boolean actorResident,
			CaseStatus toStatus, String unitName, String publicMessage, String internalNote, String residentMessage,
			String contactName) {
	}
}
