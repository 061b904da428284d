package se.medskapa.participation.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.medskapa.participation.Participant;
import se.medskapa.participation.ParticipationRateLimitedException;
import se.medskapa.participation.ParticipationRefusedException;
import se.medskapa.shared.RateLimiter;

/**
 * How many comments and supports one participant may send through the API in a window
 * (counted in PostgreSQL, so every node counts the same).
 */
@Component
class ParticipationApiLimits {

	/** The code of the 401 for a write without a signed-in participant. */
	static final String SIGN_IN_REQUIRED = "participation.api.signInRequired";

	private final RateLimiter rateLimiter;

	private final int perParticipant;

	private final Duration window;

	ParticipationApiLimits(RateLimiter rateLimiter,
			@Value("${medskapa.participation.api.limit.per-participant:30}") int perParticipant,
			@Value("${medskapa.participation.api.limit.window:PT10M}") Duration window) {
		this.rateLimiter = rateLimiter;
		this.perParticipant = perParticipant;
		this.window = window;
	}

	/**
	 * Counts one write by the participant.
	 * @return the participant
	 * @throws ParticipationRefusedException when nobody is signed in, or the participant
	 * went over the limit
	 */
	Participant count(Participant participant) {
		if (participant == null) {
			throw new ParticipationRefusedException(SIGN_IN_REQUIRED);
		}
		String who = participant.isResident() ? "resident:" + participant.residentId()
				: "staff:" + participant.staffId();
		if (!rateLimiter.tryAcquire("participation-api:" + who, perParticipant, window)) {
			throw new ParticipationRateLimitedException(window);
		}
		return participant;
	}

}
