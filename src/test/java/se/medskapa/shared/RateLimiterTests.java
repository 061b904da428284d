package se.medskapa.shared;

import java.time.Duration;
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

import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared rate limiter counts exactly, also under parallel requests. */
@Tag("persistence")
class RateLimiterTests extends IntegrationTest {

	@Autowired
	RateLimiter rateLimiter;

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

}
