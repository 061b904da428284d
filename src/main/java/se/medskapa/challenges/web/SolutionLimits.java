package se.medskapa.challenges.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.medskapa.shared.RateLimiter;

/**
 * How many solutions one client and one e-mail address may send in a window (the counters
 * live in PostgreSQL, so every node counts the same). A robot that fills in the honeypot
 * is counted too.
 */
@Component
class SolutionLimits {

	private final RateLimiter rateLimiter;

	private final int perAddress;

	private final int perEmail;

	private final Duration window;

	SolutionLimits(RateLimiter rateLimiter, @Value("${medskapa.challenges.limit.per-address:10}") int perAddress,
			@Value("${medskapa.challenges.limit.per-email:5}") int perEmail,
			@Value("${medskapa.challenges.limit.window:PT1H}") Duration window) {
		this.rateLimiter = rateLimiter;
		this.perAddress = perAddress;
		this.perEmail = perEmail;
		this.window = window;
	}

	/** Counts one solution; the message key of the limit it went over, if any. */
	Optional<String> count(HttpServletRequest request, String email) {
		if (!rateLimiter.tryAcquire("solution:" + request.getRemoteAddr(), perAddress, window)) {
			return Optional.of("solutionForm.error.tooMany");
		}
		if (email != null && !email.isBlank() && !rateLimiter
			.tryAcquire("solution-email:" + email.strip().toLowerCase(Locale.ROOT), perEmail, window)) {
			return Optional.of("solutionForm.error.tooManyForEmail");
		}
		return Optional.empty();
	}

}
