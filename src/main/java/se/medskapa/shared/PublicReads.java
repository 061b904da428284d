package se.medskapa.shared;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database as the anonymous public pages and the public API read it: every statement
 * is cancelled after {@code medskapa.public-reads.statement-timeout} (5 s), so that a
 * flood of expensive searches or statistics pages cannot hold the connection pool; the
 * visitor gets a 503 with {@code Retry-After} instead ({@code config/OverloadFilter}).
 * The same connections, transactions and statement counting as the application's own
 * {@link JdbcClient}.
 */
@Component
public class PublicReads {

	private final JdbcClient jdbc;

	private final Duration statementTimeout;

	PublicReads(DataSource dataSource,
			@Value("${medskapa.public-reads.statement-timeout:5s}") Duration statementTimeout) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setQueryTimeout((int) Math.max(1, statementTimeout.toSeconds()));
		this.jdbc = JdbcClient.create(template);
		this.statementTimeout = statementTimeout;
	}

	/** A client whose statements time out. */
	public JdbcClient jdbc() {
		return jdbc;
	}

	public Duration statementTimeout() {
		return statementTimeout;
	}

}
