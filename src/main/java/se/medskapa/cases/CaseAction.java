package se.medskapa.cases;

/**
 * What a staff member can do with a case, one constant per use case of
 * {@link CaseHandling} (and the export of {@link CaseRecords}). {@code CasePermissions}
 * says which of them an actor may take on a case now; the staff page and the staff API
 * offer exactly those.
 */
public enum CaseAction {

	/** Open the staff page of the case. */
	VIEW,
	/** Send a case from the coach queue to a unit. */
	ROUTE,
	/** Answer a case from the coach queue directly, closing it. */
	ANSWER,
	/** Publish or unpublish the reviewed version. */
	PUBLISH,
	/** Become the case's named contact. */
	TAKE,
	/** Name a member of the unit as contact. */
	ASSIGN,
	/** Move the case to another status. */
	CHANGE_STATUS,
	/** Write a public message to the resident. */
	MESSAGE,
	/** Hand the case over to another unit. */
	HAND_OVER,
	/** Send the case back to the coach queue. */
	RETURN,
	/** Forward the case to another authority, closing it. */
	FORWARD,
	/** Merge a duplicate into another case. */
	MERGE,
	/** Add an internal note. */
	NOTE,
	/** Set the records system's registry number. */
	REGISTRY_NUMBER,
	/** Export the municipality's cases (not tied to one case). */
	EXPORT

}
