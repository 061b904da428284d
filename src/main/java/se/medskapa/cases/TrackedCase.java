package se.medskapa.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the resident sees through the private tracking link. {@code answeredAt} is when
 * the municipality first answered (then the page says "Besvarat" instead of the
 * deadline).
 */
public record TrackedCase(long id, String reference, CaseKind kind, String title, String description, CaseStatus status,
		Instant submittedAt, String unitName, String contactName, LocalDate acknowledgeDue, LocalDate answerDue,
		Instant answeredAt, List<TimelineEntry> timeline) {

	/**
	 * One public entry of the timeline; internal notes never appear here.
	 * {@code contactName} is who became the contact person by it (the resident is told
	 * their contact's name).
	 */
	public record TimelineEntry(Instant occurredAt, String type, CaseStatus toStatus, String unitName,
			String publicMessage, String residentMessage, String contactName) {
	}
}
