package se.medskapa.participation;

/**
 * What a participant can do, one constant per use case of {@link Supports} and
 * {@link Comments}; {@code ParticipationPermissions} says which of them a participant may
 * take now, and the page offers exactly those.
 */
public enum ParticipationAction {

	/** Support the item (residents, once). */
	SUPPORT,
	/** Write a comment or a reply. */
	COMMENT,
	/** Change one's own comment, within 15 minutes. */
	EDIT,
	/** Delete one's own comment. */
	DELETE,
	/**
	 * Mark a staff member's comment as the municipality's official answer, or unmark it.
	 */
	MARK_OFFICIAL,
	/** Follow the item's discussion by digest mails (residents). */
	FOLLOW

}
