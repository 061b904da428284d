package se.medskapa.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migrations ran, and every tenant-owned table carries municipality_id. */
@Tag("persistence")
class SchemaTests extends IntegrationTest {

	/** Tables that belong to the installation rather than to one municipality. */
	static final Set<String> INSTALLATION_TABLES = Set.of("municipality", "flyway_schema_history", "resident_account",
			"one_time_tokens", "rate_limit_counter", "event_publication", "accessibility_report", "staff_token",
			// ADR 0014: a session belongs to a browser, not to a municipality (a
			// resident's
			// session serves every municipality's pages); a job lock to the installation.
			"spring_session", "spring_session_attributes", "shedlock",
			// ADR 0028: a verified identity is the person's, like the resident account
			"resident_identity",
			// ADR 0043: Spring Security's fixed WebAuthn schema; a passkey belongs to one
			// staff account (user entity staff-<id>), like staff_token
			"user_entities", "user_credentials");

	static final Pattern MIGRATION_FILE = Pattern.compile("V([0-9._]+)__.+\\.sql");

	@Autowired
	JdbcClient jdbc;

	/**
	 * Also each module's own migration history, {@code flyway_schema_history_<module>}
	 * (ADR 0009).
	 */
	static boolean isInstallationTable(String table) {
		return INSTALLATION_TABLES.contains(table) || table.startsWith("flyway_schema_history_");
	}

	@Autowired
	Flyway flyway;

	@Autowired
	ObjectProvider<EmbeddedPostgresServer> embeddedServer;

	/** Written by the external pass, required by CI. */
	static final Path EXTERNAL_PROOF = Path.of("target", "external-postgres-proof.txt");

	/**
	 * Every versioned migration file under db/migration/ on the classpath was applied, in
	 * order, and nothing else was: {@code __root} into {@code flyway_schema_history},
	 * each module's folder into its own {@code flyway_schema_history_<module>} (ADR
	 * 0009). A file Flyway does not look at (a wrong folder or name) fails here even
	 * though the context starts. Flyway's own check of the applied checksums against the
	 * files must pass too.
	 */
	@Test
	void shouldApplyEveryMigrationOnTheClasspathInOrder() throws IOException {
		Map<String, List<MigrationVersion>> filesByFolder = Arrays
			.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/V*__*.sql"))
			.filter(resource -> MIGRATION_FILE.matcher(resource.getFilename()).matches())
			.collect(Collectors.groupingBy(SchemaTests::folderOf, TreeMap::new,
					Collectors.mapping(resource -> versionOf(resource.getFilename()), Collectors.toList())));
		assertThat(filesByFolder).as("migration folders").containsKey("__root");
		filesByFolder.forEach((folder, versions) -> {
			List<String> onClasspath = versions.stream().sorted().map(MigrationVersion::getVersion).toList();
			String history = folder.equals("__root") ? "flyway_schema_history" : "flyway_schema_history_" + folder;
			List<String> applied = jdbc
				.sql("select version from " + history
						+ " where version is not null and version <> '0' and success order by installed_rank")
				.query(String.class)
				.list();
			assertThat(onClasspath).as("migration files of " + folder).doesNotHaveDuplicates();
			assertThat(applied).as("applied migrations of " + folder).containsExactlyElementsOf(onClasspath);
		});
		// Each folder against its own history (the application's Flyway bean alone would
		// see every folder's V1 at once).
		filesByFolder.keySet()
			.forEach(folder -> assertThat(Flyway.configure()
				.configuration(flyway.getConfiguration())
				.locations("classpath:db/migration/" + folder)
				.table(folder.equals("__root") ? "flyway_schema_history" : "flyway_schema_history_" + folder)
				.load()
				.validateWithResult().validationSuccessful).as("Flyway validation of " + folder).isTrue());
	}

	private static String folderOf(Resource resource) {
		try {
			String path = resource.getURL().getPath();
			String folderPath = path.substring(0, path.lastIndexOf('/'));
			return folderPath.substring(folderPath.lastIndexOf('/') + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MigrationVersion versionOf(String fileName) {
		Matcher file = MIGRATION_FILE.matcher(fileName);
		file.matches();
		return MigrationVersion.fromVersion(file.group(1));
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
		assertThat(tables).filteredOn(table -> !isInstallationTable(table))
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
		assertThatThrownBy(() -> jdbc
			.sql("insert into unit (municipality_id, department_id, name) values (?, ?, 'Korsande enhet')")
			.params(boras, umeaDepartment)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

}
