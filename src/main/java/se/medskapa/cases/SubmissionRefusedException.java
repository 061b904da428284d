package se.medskapa.cases;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/**
 * The JSON intake refuses a submission before it reaches the use case: half a map point,
 * or too many submissions from one client address or for one e-mail address. The API's
 * problem advice turns it into a translated problem whose {@code code} is
 * {@link #messageKey()}.
 */
public class SubmissionRefusedException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final Duration retryAfter;

	private SubmissionRefusedException(HttpStatus status, String messageKey, Duration retryAfter) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.retryAfter = retryAfter;
	}

	/** Latitude without longitude or the other way round. */
	public static SubmissionRefusedException halfAMapPoint() {
		return new SubmissionRefusedException(HttpStatus.BAD_REQUEST, "api.problem.mapPointBoth", null);
	}

	/** The address used up its submissions; it may try again after {@code retryAfter}. */
	public static SubmissionRefusedException tooManySubmissions(Duration retryAfter) {
		return new SubmissionRefusedException(HttpStatus.TOO_MANY_REQUESTS, "api.problem.tooManySubmissions",
				retryAfter);
	}

	/**
	 * The e-mail address given was used for too many cases; it may be used again after
	 * {@code retryAfter}.
	 */
	public static SubmissionRefusedException tooManySubmissionsForEmail(Duration retryAfter) {
		return new SubmissionRefusedException(HttpStatus.TOO_MANY_REQUESTS, "api.problem.tooManySubmissionsForEmail",
				retryAfter);
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	/**
	 * When a refused address may submit again; {@code null} when waiting does not help.
	 */
	public Duration retryAfter() {
		return retryAfter;
	}

}
