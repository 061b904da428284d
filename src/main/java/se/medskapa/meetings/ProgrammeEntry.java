package se.medskapa.meetings;

import java.util.List;

/**
 * One session of a resident's own programme: the event, their registration, and the
 * titles of the other chosen sessions whose time overlaps it.
 */
public record ProgrammeEntry(MeetingEvent event, Registration registration, List<String> overlapsWith) {

	public boolean overlapping() {
		return !overlapsWith.isEmpty();
	}

}
