package se.medskapa.participation;

import java.time.Duration;

/**
 * Too many comments and supports by one participant in a short time; try again after
 * {@link #retryAfter()}.
 */
public class ParticipationRateLimitedException extends ParticipationRefusedException {

	public static final String MESSAGE_KEY = "participation.api.tooMany";

	private final Duration retryAfter;

	public ParticipationRateLimitedException(Duration retryAfter) {
		super(MESSAGE_KEY);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
