package se.medskapa.meetings;

/**
 * Who may see an event and register for it. Staff-only and invited-only events are
 * refused to everyone else, on the pages and through the API, as if they did not exist.
 */
public enum Audience {

	/** Everyone. */
	PUBLIC,
	/** Signed-in staff of the event's municipality. */
	STAFF_ONLY,
	/**
	 * Residents signed in with an invited e-mail address, and staff of the municipality.
	 */
	INVITED_ONLY

}
