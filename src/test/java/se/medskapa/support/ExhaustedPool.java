package se.medskapa.support;

import java.sql.Connection;
import java.sql.SQLException;
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
		try {
			for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
				exhausted.held.add(pool.getConnection());
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
