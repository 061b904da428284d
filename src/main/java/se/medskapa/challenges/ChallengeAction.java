package se.medskapa.challenges;

/**
 * What a staff member can do with a challenge, one constant per use case;
 * {@code ChallengePermissions} says which of them an actor may take now, and the staff
 * page offers exactly those.
 */
public enum ChallengeAction {

	/** See the challenge's staff page, solutions and evaluations. */
	VIEW,
	/** Change the texts (logged and shown once published). */
	EDIT,
	/** Publish a draft. */
	PUBLISH,
	/** Close the call for solutions and start evaluating. */
	START_EVALUATION,
	/** Score solutions against the criteria. */
	EVALUATE,
	/** Put a solution on the shortlist or take it off. */
	SHORTLIST,
	/** Publish the decision and tell the submitters. */
	DECIDE

}
