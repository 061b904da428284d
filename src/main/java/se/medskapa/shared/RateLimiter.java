package se.medskapa.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fixed-window rate limits counted in PostgreSQL, so that every application node sees the same count.
 * One upsert per hit; old windows are removed by {@link #purgeBefore(Instant)}.
 */
@Component
public class RateLimiter {

	private final JdbcClient jdbc;

	private final Clock clock;

	RateLimiter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Counts one hit on the bucket and tells whether it is still within the limit. */
	public boolean tryAcquire(String bucket, int limit, Duration window) {
		long windowSeconds = window.toSeconds();
		long now = clock.instant().getEpochSecond();
		Instant windowStart = Instant.ofEpochSecond(now - now % windowSeconds);
		int hits = jdbc.sql("""
				insert into rate_limit_counter (bucket, window_start, hits) values (?, ?, 1)
				on conflict (bucket, window_start) do update set hits = rate_limit_counter.hits + 1
				returning hits""")
			.params(bucket, java.sql.Timestamp.from(windowStart))
			.query(Integer.class).single();
		return hits <= limit;
	}

	public int purgeBefore(Instant instant) {
		return jdbc.sql("delete from rate_limit_counter where window_start < ?")
			.param(java.sql.Timestamp.from(instant)).update();
	}
}
