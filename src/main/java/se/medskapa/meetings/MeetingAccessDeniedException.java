package se.medskapa.meetings;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The staff member's role or unit does not allow the action on this event. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class MeetingAccessDeniedException extends RuntimeException {

	public MeetingAccessDeniedException() {
		super("not allowed");
	}

}
