package se.medskapa.shared;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared rate limiter counts exactly, also under parallel requests. */
@Tag("persistence")
class RateLimiterTests extends IntegrationTest {

	@Autowired
	RateLimiter rateLimiter;

	@Autowired
	RateLimitPurge purge;

	@Autowired
	JdbcClient jdbc;

	@Value("${medskapa.rate-limits.purge-cron}")
	String purgeCron;

	@Test
	void shouldAllowExactlyTheLimitUnderParallelHits() throws Exception {
		String bucket = "test:" + UUID.randomUUID();
		Callable<Boolean> hit = () -> rateLimiter.tryAcquire(bucket, 10, Duration.ofHours(1));
		int allowed = 0;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				results.add(pool.submit(hit));
			}
			for (Future<Boolean> result : results) {
				allowed += result.get() ? 1 : 0;
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(allowed).isEqualTo(10);
	}

	/**
	 * F13: the hourly purge removes windows older than the retention (a day) and keeps
	 * the ones still counting; the scheduled run is off in tests like the other jobs.
	 */
	@Test
	void shouldPurgeWindowsOlderThanADayAndKeepTheCurrentOnes() {
		String old = "test-old:" + UUID.randomUUID();
		String current = "test-current:" + UUID.randomUUID();
		jdbc.sql("insert into rate_limit_counter (bucket, window_start, hits) values (?, ?, 3)")
			.params(old, Timestamp.from(Instant.now().minus(Duration.ofHours(25))))
			.update();
		rateLimiter.tryAcquire(current, 10, Duration.ofHours(1));

		assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

		assertThat(jdbc.sql("select count(*) from rate_limit_counter where bucket = ?")
			.param(old)
			.query(Long.class)
			.single()).isZero();
		assertThat(rateLimiter.hits(current, Duration.ofHours(1))).isEqualTo(1);
		assertThat(purgeCron).isEqualTo("-");
	}

}
