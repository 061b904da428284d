package se.medskapa.config;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migrations ran, and every tenant-owned table carries municipality_id. */
@Tag("persistence")
class SchemaTests extends IntegrationTest {

	/** Tables that belong to the installation rather than to one municipality. */
	static final Set<String> INSTALLATION_TABLES = Set.of("municipality", "flyway_schema_history", "resident_account",
			"one_time_tokens", "rate_limit_counter", "event_publication", "accessibility_report", "staff_token");

	@Autowired
	JdbcClient jdbc;

	/**
	 * Also each module's own migration history, {@code flyway_schema_history_<module>}
	 * (ADR 0009).
	 */
	static boolean isInstallationTable(String table) {
		return INSTALLATION_TABLES.contains(table) || table.startsWith("flyway_schema_history_");
	}

	@Test
	void shouldApplyEveryMigrationSuccessfully() {
		List<Boolean> results = jdbc.sql("select success from flyway_schema_history where version is not null")
			.query(Boolean.class)
			.list();
		assertThat(results).isNotEmpty().containsOnly(true);
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
