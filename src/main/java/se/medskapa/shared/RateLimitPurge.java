package se.medskapa.shared;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the rate-limit windows that ended long ago: without it {@code
 * rate_limit_counter} keeps one row per bucket and window for ever. Hourly by default
 * ({@code medskapa.rate-limits.purge-cron}, {@code -} turns it off), keeping
 * {@code medskapa.rate-limits.retention} (a day); the retention must be longer than the
 * longest limit window, or a purge would forget hits of a window still counting.
 */
@Component
class RateLimitPurge {

	private final RateLimiter rateLimiter;

	private final Clock clock;

	private final Duration retention;

	RateLimitPurge(RateLimiter rateLimiter, Clock clock,
			@Value("${medskapa.rate-limits.retention:P1D}") Duration retention) {
		this.rateLimiter = rateLimiter;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(cron = "${medskapa.rate-limits.purge-cron:0 7 * * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "shared-rate-limit-purge", lockAtLeastFor = "PT5M")
	public void purgeOnSchedule() {
		purge();
	}

	/**
	 * @return the number of windows removed
	 */
	int purge() {
		return rateLimiter.purgeBefore(clock.instant().minus(retention));
	}

}
