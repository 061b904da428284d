package se.medskapa.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the tests' database lives. By default the application's own embedded PostgreSQL
 * (in a fresh folder under target/). When the Maven profile {@code external-postgres}
 * runs the persistence tests with {@code MEDSKAPA_TEST_POSTGRES_URL} set, a database is
 * created on that server for this JVM and dropped when it ends.
 */
public final class TestDatabase {

	public static final String EXTERNAL_SWITCH = "medskapa.test.external-postgres";

	private static final String SERVER_URL = System.getenv("MEDSKAPA_TEST_POSTGRES_URL");

	private static String externalUrl;

	private TestDatabase() {
	}

	public static synchronized Optional<String> externalUrl() {
		if (!externalPass()) {
			return Optional.empty();
		}
		if (externalUrl == null) {
			String database = "medskapa_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			execute("create database " + database);
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> execute("drop database if exists " + database + " with (force)")));
			externalUrl = withDatabase(SERVER_URL, database);
		}
		return Optional.of(externalUrl);
	}

	/**
	 * Whether this JVM runs the external pass: the profile's switch is on and a server is
	 * named.
	 */
	public static boolean externalPass() {
		return Boolean.getBoolean(EXTERNAL_SWITCH) && SERVER_URL != null && !SERVER_URL.isBlank();
	}

	/**
	 * Who the external server is, asked over a connection of our own, not the
	 * application's: its port and start time, to compare with what the application's
	 * connections report.
	 */
	public static String externalServerIdentity() {
		return query(SERVER_URL, IDENTITY_QUERY);
	}

	/**
	 * The query that names a PostgreSQL server: the port it listens on and when it
	 * started.
	 */
	public static final String IDENTITY_QUERY = "select inet_server_port() || ' started ' || pg_postmaster_start_time()";

	public static String username() {
		return System.getenv().getOrDefault("MEDSKAPA_TEST_POSTGRES_USER", "postgres");
	}

	public static String password() {
		return System.getenv().getOrDefault("MEDSKAPA_TEST_POSTGRES_PASSWORD", "");
	}

	/** Replaces the database name in {@code jdbc:postgresql://host:port/name?params}. */
	public static String withDatabase(String url, String database) {
		return url.replaceFirst("^(jdbc:postgresql://[^/?]+)(/[^?]*)?", "$1/" + database);
	}

	private static String query(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url, username(), password());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot run '" + sql + "' on " + url + ": " + ex.getMessage(), ex);
		}
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER_URL, username(), password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot run '" + sql + "' on " + SERVER_URL + ": " + ex.getMessage(), ex);
		}
	}

}
