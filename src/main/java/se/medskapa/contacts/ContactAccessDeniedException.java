package se.medskapa.contacts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The staff member's role or unit does not allow this in the contact bank. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ContactAccessDeniedException extends RuntimeException {

	public ContactAccessDeniedException() {
		super("not allowed");
	}

}
