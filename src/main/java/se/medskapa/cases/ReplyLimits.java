package se.medskapa.cases;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.medskapa.shared.RateLimiter;

/**
 * F6: a case takes at most {@code medskapa.replies.limit.per-case} resident replies (10)
 * per {@code medskapa.replies.limit.window} (1 hour), whichever tracking link or "My
 * cases" they come through; a reply is at most {@link CaseHandling#MAX_TEXT_LENGTH}
 * characters. The count is taken in the reply's transaction, so a refused reply counts
 * nothing.
 */
@Component
class ReplyLimits {

	private final RateLimiter limiter;

	private final int perCase;

	private final Duration window;

	ReplyLimits(RateLimiter limiter, @Value("${medskapa.replies.limit.per-case:10}") int perCase,
			@Value("${medskapa.replies.limit.window:PT1H}") Duration window) {
		this.limiter = limiter;
		this.perCase = perCase;
		this.window = window;
	}

	void acquire(long caseId) {
		if (!limiter.tryAcquire("reply:case:" + caseId, perCase, window)) {
			throw new InvalidCaseActionException("case.error.tooManyReplies");
		}
	}

}
