package se.medskapa.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database keeps its data across restarts and refuses a second user of its
 * folder. Tagged {@code embedded}, not {@code persistence}: it starts its own embedded
 * server, so it proves nothing in the external-database pass.
 */
@Tag("embedded")
class EmbeddedPostgresServerTests {

	@TempDir
	Path folder;

	@Test
	void shouldKeepDataAcrossRestart() throws Exception {
		Path data = folder.resolve("postgres");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0, false, false)) {
			execute(server, "create table kept (value text); insert into kept values ('still here')");
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0, false, false);
				Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select value from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("still here");
		}
	}

	@Test
	void shouldRefuseSecondStartOnTheSameFolderWithClearMessage() throws Exception {
		Path data = folder.resolve("postgres");
		try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(data, 0, false, false)) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0, false, false))
				.isInstanceOf(EmbeddedDatabaseInUseException.class)
				.hasMessageContaining("already in use by another running Medskapa")
				.hasMessageContaining(data.toAbsolutePath().toString());
			// The running server is untouched by the refused start.
			execute(running, "select 1");
			assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
		}
	}

	@Test
	void shouldRunTheQuickStartServerDurable() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder.resolve("postgres"), 0, false,
				DatabaseConfiguration.DURABLE_BY_DEFAULT)) {
			assertThat(setting(server, "fsync")).isEqualTo("on");
			assertThat(setting(server, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(server, "full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void shouldRunWithoutDurabilityOnlyWhenAskedTo() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder.resolve("postgres"), 0, false,
				false)) {
			assertThat(setting(server, "fsync")).isEqualTo("off");
			assertThat(setting(server, "synchronous_commit")).isEqualTo("off");
			assertThat(setting(server, "full_page_writes")).isEqualTo("off");
		}
	}

	static String setting(EmbeddedPostgresServer server, String name) throws Exception {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("show " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
