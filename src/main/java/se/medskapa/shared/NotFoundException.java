package se.medskapa.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing of that kind with that key, or one that belongs to another municipality: both
 * look the same from outside (404, the translated "page not found" page, or the API's
 * {@code api.problem.notFound}). {@code what} names the kind (case, unit, token …) for
 * the log; callers never tell kinds apart by type, so one class serves them all.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private final String what;

	public NotFoundException(String what) {
		super(what + " not found");
		this.what = what;
	}

	/** The kind of thing that was not found: {@code case}, {@code unit} … */
	public String what() {
		return what;
	}

}
