package se.medskapa.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fixed-window rate limits counted in PostgreSQL, so that every application node sees the
 * same count. One upsert per hit; old windows are removed by
 * {@link #purgeBefore(Instant)}.
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
		Instant windowStart = windowStart(window);
		int hits = jdbc.sql("""
				insert into rate_limit_counter (bucket, window_start, hits) values (?, ?, 1)
				on conflict (bucket, window_start) do update set hits = rate_limit_counter.hits + 1
				returning hits""").params(bucket, Timestamp.from(windowStart)).query(Integer.class).single();
		return hits <= limit;
	}

	/**
	 * The hits counted on the bucket in the current window, without counting one more.
	 */
	public int hits(String bucket, Duration window) {
		return jdbc.sql("select hits from rate_limit_counter where bucket = ? and window_start = ?")
			.params(bucket, Timestamp.from(windowStart(window)))
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** Forgets every hit counted on the bucket, in every window. */
	public void forget(String bucket) {
		jdbc.sql("delete from rate_limit_counter where bucket = ?").param(bucket).update();
	}

	public int purgeBefore(Instant instant) {
		return jdbc.sql("delete from rate_limit_counter where window_start < ?")
			.param(Timestamp.from(instant))
			.update();
	}

	private Instant windowStart(Duration window) {
		long windowSeconds = window.toSeconds();
		long now = clock.instant().getEpochSecond();
		return Instant.ofEpochSecond(now - now % windowSeconds);
	}

}
