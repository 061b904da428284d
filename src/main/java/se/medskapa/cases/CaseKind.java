package se.medskapa.cases;

import org.springframework.modulith.NamedInterface;

/** What a resident sends in. */
@NamedInterface("events")
public enum CaseKind {

	IDEA, PROPOSAL, COMPLAINT, PRAISE, QUESTION

}
