package se.medskapa.cases;

/** What a resident sends in. */
public enum CaseKind {

	IDEA, PROPOSAL, COMPLAINT, PRAISE, QUESTION

}
