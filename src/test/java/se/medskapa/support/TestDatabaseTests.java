package se.medskapa.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The external pass's database replaces the server URL's database, keeping the rest. */
class TestDatabaseTests {

	@Test
	void shouldReplaceTheDatabaseNameAndKeepHostPortAndParameters() {
		assertThat(TestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "medskapa_test_1"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/medskapa_test_1");
		assertThat(TestDatabase.withDatabase("jdbc:postgresql://db.example:6543/postgres?sslmode=require&user=x",
				"medskapa_test_1"))
			.isEqualTo("jdbc:postgresql://db.example:6543/medskapa_test_1?sslmode=require&user=x");
	}

	@Test
	void shouldAddTheDatabaseNameToAUrlWithoutOne() {
		assertThat(TestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432", "medskapa_test_1"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/medskapa_test_1");
		assertThat(TestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432?sslmode=disable", "medskapa_test_1"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/medskapa_test_1?sslmode=disable");
	}

}
