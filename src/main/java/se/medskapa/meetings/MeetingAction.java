package se.medskapa.meetings;

/**
 * What a staff member can do with an event; {@code MeetingPermissions} says which of them
 * an actor may take on an event, and the staff pages offer exactly those.
 */
public enum MeetingAction {

	/** Open the event's staff page and participant list. */
	VIEW,
	/** Change the event's details. */
	EDIT,
	/** Publish or unpublish the event. */
	PUBLISH,
	/** Mark participants as arrived. */
	CHECK_IN,
	/** Export the participant list. */
	EXPORT,
	/** Write to everyone registered. */
	MESSAGE,
	/** Publish the summary and turn its ideas into cases. */
	SUMMARISE

}
