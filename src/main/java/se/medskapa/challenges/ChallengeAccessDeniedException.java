package se.medskapa.challenges;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The staff member's role or units do not allow the step. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ChallengeAccessDeniedException extends RuntimeException {

	public ChallengeAccessDeniedException() {
		super("not allowed");
	}

}
