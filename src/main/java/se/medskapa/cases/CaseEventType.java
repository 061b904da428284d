package se.medskapa.cases;

import org.springframework.modulith.NamedInterface;

/** What can happen to a case; each is one row of its timeline. */
@NamedInterface("events")
public enum CaseEventType {

	SUBMITTED, ROUTED, TAKEN, ASSIGNED, HANDED_OVER, RETURNED_TO_COACH, CONTACT_LEFT, STATUS_CHANGED, PUBLIC_MESSAGE,
	INTERNAL_NOTE, RESIDENT_REPLY, ANSWERED, FORWARDED, MERGED, WITHDRAWN, PUBLISHED, UNPUBLISHED

}
