package se.medskapa.meetings;

import java.util.List;

/**
 * What came out of an event: the organiser's summary and the ideas it produced, each with
 * the reference of the case it became in the idea sluice, once sent.
 */
public record EventSummary(long eventId, String body, boolean published, List<Idea> ideas) {

	/**
	 * An idea from the event; {@code caseReference} is null until it is sent to the
	 * sluice.
	 */
	public record Idea(long id, String title, String description, Long caseId, String caseReference) {

		public boolean sent() {
			return caseId != null;
		}

	}

}
