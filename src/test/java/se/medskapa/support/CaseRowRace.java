package se.medskapa.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * Makes two writers of one case meet for certain, not by luck: a connection of the test's
 * own holds the case row ({@code select … for update}), both actions start behind a
 * barrier, and only once both of their statements wait on the row (seen in
 * {@code pg_stat_activity}) does the holder let go. Whatever both read before, they now
 * write into each other.
 */
public final class CaseRowRace {

	private CaseRowRace() {
	}

	/**
	 * Runs both actions against the held row of the case and returns what each returned.
	 * {@code waitingStatement} is how their writing statement starts, e.g.
	 * {@code update cases set status}.
	 */
	public static <T> List<T> run(DataSource dataSource, JdbcClient jdbc, long caseId, String waitingStatement,
			Callable<T> first, Callable<T> second) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try (Connection holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder.prepareStatement("select id from cases where id = ? for update")) {
				lock.setLong(1, caseId);
				lock.executeQuery().close();
			}
			List<Future<T>> running = new ArrayList<>();
			for (Callable<T> action : List.of(first, second)) {
				running.add(pool.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return action.call();
				}));
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> waiting(jdbc, waitingStatement) == 2);
			holder.rollback();
			List<T> results = new ArrayList<>();
			for (Future<T> result : running) {
				results.add(result.get(20, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long waiting(JdbcClient jdbc, String statement) {
		return jdbc.sql("""
				select count(*) from pg_stat_activity
				where datname = current_database() and wait_event_type = 'Lock' and query like ?""")
			.param("%" + statement + "%")
			.query(Long.class)
			.single();
	}

}
