package se.medskapa.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations ran, and every tenant-owned table carries municipality_id. */
@Tag("persistence")
class SchemaTests extends IntegrationTest {

	/** Tables that belong to the installation rather than to one municipality. */
	static final Set<String> INSTALLATION_TABLES = Set.of("municipality", "flyway_schema_history", "resident_account",
			"one_time_tokens", "rate_limit_counter", "event_publication", "accessibility_report", "staff_token");

	static final Pattern MIGRATION_FILE = Pattern.compile("V([0-9._]+)__.+\\.sql");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Flyway flyway;

	@Autowired
	ObjectProvider<EmbeddedPostgresServer> embeddedServer;

	/** Written by the external pass, required by CI. */
	static final Path EXTERNAL_PROOF = Path.of("target", "external-postgres-proof.txt");

	/**
	 * Every versioned migration file on the classpath, wherever under db/ it lives, was
	 * applied, in order, and nothing else was: a file Flyway does not look at (a wrong
	 * folder or name) fails here even though the context starts. Flyway's own check of
	 * the applied checksums against the files must pass too.
	 */
	@Test
	void shouldApplyEveryMigrationOnTheClasspathInOrder() throws IOException {
		List<String> onClasspath = Arrays
			.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:db/**/V*__*.sql"))
			.map(resource -> MIGRATION_FILE.matcher(resource.getFilename()))
			.filter(Matcher::matches)
			.map(file -> MigrationVersion.fromVersion(file.group(1)))
			.sorted()
			.map(MigrationVersion::getVersion)
			.toList();
		List<String> applied = jdbc.sql("""
				select version from flyway_schema_history
				where version is not null and success order by installed_rank""").query(String.class).list();

		assertThat(onClasspath).as("migration files").isNotEmpty().doesNotHaveDuplicates();
		assertThat(applied).as("applied migrations").containsExactlyElementsOf(onClasspath);
		assertThat(flyway.validateWithResult().validationSuccessful).as("Flyway validation").isTrue();
	}

	/**
	 * The external pass really ran on the external server, and the default pass on the
	 * embedded one: the application's connections report the port and start time of the
	 * server the pass was meant for. The external pass leaves a proof file that CI
	 * ({@code .ci/run}) requires, so a pass that silently fell back to the embedded
	 * database (the switch lost on its way to the test JVM) fails the build too.
	 */
	@Test
	void shouldRunOnTheDatabaseServerThisPassIsFor() throws IOException {
		String connectedTo = jdbc.sql(TestDatabase.IDENTITY_QUERY).query(String.class).single();
		if (TestDatabase.externalPass()) {
			assertThat(embeddedServer.getIfAvailable()).as("embedded server in the external pass").isNull();
			assertThat(connectedTo).as("server of the application's connections")
				.isEqualTo(TestDatabase.externalServerIdentity());
			assertThat(jdbc.sql("select current_database()").query(String.class).single()).startsWith("medskapa_test_");
			String version = jdbc.sql("show server_version").query(String.class).single();
			Files.createDirectories(EXTERNAL_PROOF.getParent());
			Files.writeString(EXTERNAL_PROOF, "server=" + connectedTo + "\nversion=" + version + "\n");
		}
		else {
			EmbeddedPostgresServer embedded = embeddedServer.getIfAvailable();
			assertThat(embedded).as("embedded server in the default pass").isNotNull();
			assertThat(connectedTo)
				.startsWith(URI.create(embedded.jdbcUrl().substring("jdbc:".length())).getPort() + " ");
		}
	}

	@Test
	void shouldGiveEveryTenantOwnedTableAMunicipalityId() {
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE'""").query(String.class).list();
		List<String> withMunicipality = jdbc.sql("""
				select table_name from information_schema.columns
				where table_schema = 'public' and column_name = 'municipality_id'""").query(String.class).list();
		assertThat(tables).filteredOn(table -> !INSTALLATION_TABLES.contains(table))
			.allSatisfy(table -> assertThat(withMunicipality).as(table + " has municipality_id").contains(table));
	}

	@Test
	void shouldRefuseAUnitWhoseDepartmentBelongsToAnotherMunicipality() {
		long boras = jdbc.sql("select id from municipality where slug = 'boras'").query(Long.class).single();
		long umeaDepartment = jdbc
			.sql("""
					select d.id from department d join municipality m on m.id = d.municipality_id where m.slug = 'umea' limit 1""")
			.query(Long.class)
			.single();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc
				.sql("insert into unit (municipality_id, department_id, name) values (?, ?, 'Korsande enhet')")
				.params(boras, umeaDepartment)
				.update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

}
