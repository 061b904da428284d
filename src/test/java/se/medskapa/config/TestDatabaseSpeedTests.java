package se.medskapa.config;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The suite's own embedded PostgreSQL keeps the fast settings: its folder is thrown away
 * after every run, so durability would only cost time.
 */
@Tag("persistence")
class TestDatabaseSpeedTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldRunTheTestSuitesEmbeddedServerWithoutDurability() {
		assumeThat(TestDatabase.externalUrl()).as("an external test database has settings of its own").isEmpty();
		assertThat(setting("fsync")).isEqualTo("off");
		assertThat(setting("synchronous_commit")).isEqualTo("off");
		assertThat(setting("full_page_writes")).isEqualTo("off");
	}

	private String setting(String name) {
		return jdbc.sql("show " + name).query(String.class).single();
	}

}
