package se.medskapa.meetings;

/** What kind of meeting an event is. */
public enum EventKind {

	FUTURE_WORKSHOP, IDEA_CAFE, LECTURE, BREAKFAST_MEETING, OTHER

}
