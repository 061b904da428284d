package se.medskapa.config;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import se.medskapa.MedskapaApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An unreachable database ends the start with one clear line naming the URL, never the
 * password.
 */
class DatabaseFailureAnalyzerTests {

	@Test
	void shouldNameTheUrlWithoutPasswordWhenTheDatabaseCannotBeReached() {
		String url = "jdbc:postgresql://127.0.0.1:1/medskapa?user=app&password=s3cret";
		Throwable failure = catchThrowable(
				() -> SpringApplication.run(MedskapaApplication.class, "--spring.datasource.url=" + url,
						"--server.port=0", "--medskapa.demo-data.enabled=false", "--spring.main.banner-mode=off"));
		assertThat(failure).isNotNull();

		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
		FailureAnalysis analysis = new DatabaseFailureAnalyzer(environment).analyze(failure);

		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription())
			.startsWith("Cannot reach the database at jdbc:postgresql://127.0.0.1:1/medskapa")
			.doesNotContain("s3cret")
			.doesNotContain("\n");
	}

	@Test
	void shouldLeaveOtherSqlErrorsToSpring() {
		MockEnvironment environment = new MockEnvironment();
		assertThat(new DatabaseFailureAnalyzer(environment).analyze(new SQLException("syntax", "42601"))).isNull();
	}

	@Test
	void shouldHidePasswordsInUrls() {
		assertThat(DatabaseFailureAnalyzer.withoutPassword("jdbc:postgresql://h/db?password=x&ssl=true"))
			.isEqualTo("jdbc:postgresql://h/db?password=***&ssl=true");
		assertThat(DatabaseFailureAnalyzer.withoutPassword("postgresql://user:secret@h/db"))
			.isEqualTo("postgresql://user:***@h/db");
	}

}
