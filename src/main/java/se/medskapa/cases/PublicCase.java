package se.medskapa.cases;

import java.time.Instant;
import java.util.List;

/**
 * A published case as the public sees it: the public version of the texts, who is
 * responsible, how long it has taken in working days, and the public timeline.
 * {@code contactName} is present only where the municipality shows staff names.
 */
public record PublicCase(String reference, CaseKind kind, CaseStatus status, String title, String description,
		String categoryName, String unitName, String contactName, Instant submittedAt, Instant answeredAt,
		Instant closedAt, int workingDaysTaken, List<Event> timeline) {

	/**
	 * Whether the case has been answered or closed, so {@link #workingDaysTaken} no
	 * longer grows.
	 */
	public boolean finished() {
		return answeredAt != null || closedAt != null;
	}

	/**
	 * One public entry of the timeline: a status change or a public message;
	 * {@code contactName}, who became the contact person by it, only where the
	 * municipality shows staff names.
	 */
	public record Event(Instant occurredAt, String type, CaseStatus toStatus, String unitName, String message,
			String contactName) {
	}
}
