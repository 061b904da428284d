package se.medskapa.cases;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The staff member's role or unit does not allow the action on this case. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class CaseAccessDeniedException extends RuntimeException {

	public CaseAccessDeniedException() {
		super("not allowed");
	}

}
