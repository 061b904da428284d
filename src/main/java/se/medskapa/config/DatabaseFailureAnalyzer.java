package se.medskapa.config;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached" into one clear line that names the URL (never
 * the password), instead of a page of stack trace.
 */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	private final Environment environment;

	DatabaseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		String state = cause.getSQLState() == null ? "" : cause.getSQLState();
		boolean connectionProblem = state.startsWith("08") || state.startsWith("28") || state.equals("3D000");
		if (!connectionProblem) {
			return null;
		}
		String url = withoutPassword(environment.getProperty("spring.datasource.url", "(embedded PostgreSQL)"));
		return new FailureAnalysis("Cannot reach the database at " + url + ": " + cause
			.getMessage(), "Check that PostgreSQL runs and that SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
					+ "SPRING_DATASOURCE_PASSWORD are right, or unset SPRING_DATASOURCE_URL to use the embedded database.",
				cause);
	}

	static String withoutPassword(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@]*):([^/@]*)@", "//$1:***@");
	}

}
