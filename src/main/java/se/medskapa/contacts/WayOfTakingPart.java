package se.medskapa.contacts;

/** How a resident is willing to take part. */
public enum WayOfTakingPart {

	SURVEY, INTERVIEW, WORKSHOP, SERVICE_TEST, USER_GROUP, REFERENCE_PANEL

}
