package se.medskapa.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the PostgreSQL server that ships inside the build (real PostgreSQL binaries from
 * Maven Central), keeping its data in a folder so that a restart keeps everything.
 *
 * <p>
 * A second start on the same folder must fail with a message a newcomer understands, not
 * with PostgreSQL's own lock error or, worse, a re-initialised folder: we read
 * PostgreSQL's {@code postmaster.pid} ourselves before handing the folder to the library.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * @param durable {@code fsync}, {@code synchronous_commit} and
	 * {@code full_page_writes} on, as PostgreSQL ships: the library starts the server
	 * with {@code -F} (fsync off) and {@code synchronous_commit=off}, right for
	 * throw-away test data but able to lose acknowledged cases, or corrupt the folder, on
	 * a power loss or an OS crash. The {@code -c} settings come after {@code -F} on the
	 * command line and override it. Off only for the test suite, which starts a fresh
	 * folder per run.
	 */
	static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean clean, boolean durable) {
		Path absolute = dataDirectory.toAbsolutePath().normalize();
		refuseWhenInUse(absolute);
		try {
			Files.createDirectories(absolute);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(absolute)
				.setCleanDataDirectory(clean)
				.setLocaleConfig("encoding", "UTF8")
				.setServerConfig("max_connections", "50")
				.setServerConfig("shared_buffers", "32MB")
				.setServerConfig("timezone", "UTC")
				// Spring closes the server after the DataSource; the library's own hook
				// would stop it first.
				.setRegisterShutdownHook(false);
			String durability = durable ? "on" : "off";
			builder.setServerConfig("fsync", durability)
				.setServerConfig("synchronous_commit", durability)
				.setServerConfig("full_page_writes", durability);
			if (port > 0) {
				builder.setPort(port);
			}
			return new EmbeddedPostgresServer(builder.start());
		}
		catch (IllegalStateException ex) {
			throw new EmbeddedDatabaseInUseException(absolute, Optional.empty());
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Could not start the embedded PostgreSQL in " + absolute + ": " + ex.getMessage(), ex);
		}
	}

	private static void refuseWhenInUse(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.isEmpty()) {
				return;
			}
			long pid = Long.parseLong(lines.get(0).trim());
			if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
				throw new EmbeddedDatabaseInUseException(dataDirectory, Optional.of(pid));
			}
		}
		catch (IOException | NumberFormatException ex) {
			// An unreadable or half-written pid file is PostgreSQL's to judge; it refuses
			// to start if it must.
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}

}
