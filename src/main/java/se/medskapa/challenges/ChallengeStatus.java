package se.medskapa.challenges;

/** Where a challenge is: the public sees all but drafts. */
public enum ChallengeStatus {

	DRAFT, PUBLISHED, EVALUATING, DECIDED

}
