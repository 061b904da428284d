package se.medskapa.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Holds every connection of the application's pool until closed, so that a request finds
 * none: the overload a flood of searches causes, without the flood. Always in a
 * try-with-resources: the suite shares the one pool.
 */
public final class ExhaustedPool implements AutoCloseable {

	private final List<Connection> held = new ArrayList<>();

	private ExhaustedPool() {
	}

	public static ExhaustedPool hold(DataSource dataSource) throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		ExhaustedPool exhausted = new ExhaustedPool();
		// A connection another thread uses (a mail listener after commit) is waited for:
		// only once all of them are held is the pool sure to have none left.
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		try {
			while (exhausted.held.size() < pool.getMaximumPoolSize()) {
				try {
					exhausted.held.add(pool.getConnection());
				}
				catch (SQLTransientConnectionException ex) {
					if (System.nanoTime() > deadline) {
						throw ex;
					}
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			exhausted.close();
			throw ex;
		}
		return exhausted;
	}

	@Override
	public void close() {
		for (Connection connection : held) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// given back or broken: the pool replaces it either way
			}
		}
		held.clear();
	}

}
