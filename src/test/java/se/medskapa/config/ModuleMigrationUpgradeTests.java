package se.medskapa.config;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0009: a database migrated by the releases before module-owned migrations (V1–V11 in
 * {@code db/migration/}, copied unchanged to {@code db/released-v1-v11/}) is taken over
 * by today's module-aware layout without a change: history valid, nothing run again, the
 * same schema as a fresh installation.
 */
@Tag("persistence")
class ModuleMigrationUpgradeTests extends IntegrationTest {

	private static final String RELEASED_MIGRATIONS = "classpath:db/released-v1-v11";

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Autowired
	FlywayMigrationStrategy migrationStrategy;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldTakeOverADatabaseMigratedByTheReleasedV1ToV11() throws SQLException {
		String applicationUrl = jdbcUrl();
		inNewDatabase(url -> {
			Flyway.configure().dataSource(url, user(), password()).locations(RELEASED_MIGRATIONS).load().migrate();
			List<String> releasedHistory = history(url);

			migrationStrategy.migrate(applicationFlywayOn(url).load());

			assertThat(history(url)).as("root history after the upgrade").isEqualTo(releasedHistory).hasSize(11);
			// The module folders' migrations ran on top, as on a fresh installation.
			assertThat(schema(url)).as("upgraded schema").isEqualTo(schema(applicationUrl));
			assertThat(applicationFlywayOn(url).locations("classpath:db/migration/__root")
				.load()
				.validateWithResult().validationSuccessful).as("validates the released history").isTrue();
		});
	}

	/**
	 * {@code __root} is the released V1–V11 unchanged; what came later lives in the
	 * module folders.
	 */
	@Test
	void shouldBuildTheSameSchemaAsTheReleasedMigrationsFromTheRootFolder() throws SQLException {
		List<List<String>> schemas = new ArrayList<>();
		for (String locations : List.of(RELEASED_MIGRATIONS, "classpath:db/migration/__root")) {
			inNewDatabase(url -> {
				Flyway.configure().dataSource(url, user(), password()).locations(locations).load().migrate();
				schemas.add(schema(url));
			});
		}
		assertThat(schemas.get(1)).as("db/migration/__root").isEqualTo(schemas.get(0));
	}

	/** The application's own Flyway configuration, pointed at another database. */
	private FluentConfiguration applicationFlywayOn(String url) {
		return Flyway.configure().configuration(flyway.getConfiguration()).dataSource(url, user(), password());
	}

	private void inNewDatabase(Consumer<String> test) {
		String database = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		jdbc.sql("create database " + database).update();
		try {
			test.accept(TestDatabase.withDatabase(jdbcUrl(), database));
		}
		finally {
			jdbc.sql("drop database if exists " + database + " with (force)").update();
		}
	}

	/**
	 * Tables, columns, constraints, indexes, functions and triggers of the public schema.
	 */
	private List<String> schema(String url) {
		return query(url,
				"""
						select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' null=' || is_nullable
						       || ' default=' || coalesce(column_default, '-')
						from information_schema.columns
						where table_schema = 'public' and table_name not like 'flyway_schema_history%'
						union all
						select 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
						from pg_constraint
						where connamespace = 'public'::regnamespace and conrelid::regclass::text not like 'flyway_schema_history%'
						union all
						select 'index ' || indexdef from pg_indexes
						where schemaname = 'public' and tablename not like 'flyway_schema_history%'
						union all
						select 'function ' || p.oid::regprocedure || ' ' || md5(p.prosrc)
						from pg_proc p where p.pronamespace = 'public'::regnamespace
						union all
						select 'trigger ' || tgrelid::regclass || ' ' || tgname || ' ' || pg_get_triggerdef(oid)
						from pg_trigger where not tgisinternal
						order by 1""");
	}

	private List<String> history(String url) {
		return query(url, """
				select version || ' ' || description || ' ' || checksum || ' ' || success
				from flyway_schema_history order by installed_rank""");
	}

	private List<String> query(String url, String sql) {
		SingleConnectionDataSource connection = new SingleConnectionDataSource(url, user(), password(), true);
		try {
			return JdbcClient.create(connection).sql(sql).query(String.class).list();
		}
		finally {
			connection.destroy();
		}
	}

	private String jdbcUrl() {
		return hikari().getJdbcUrl();
	}

	private String user() {
		return hikari().getUsername();
	}

	private String password() {
		return hikari().getPassword();
	}

	private HikariDataSource hikari() {
		try {
			return dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
