package se.medskapa.cases;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.shared.SecureTokens;

/** Issues private tracking links; the database keeps only their hashes. */
@Component
class TrackingLinks {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String baseUrl;

	TrackingLinks(JdbcClient jdbc, Clock clock, @Value("${medskapa.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** A new token for the case; every earlier token stays valid. */
	String issue(long municipalityId, long caseId) {
		String token = SecureTokens.newToken();
		jdbc.sql(
				"insert into case_tracking_token (token_hash, municipality_id, case_id, created_at) values (?, ?, ?, ?)")
			.params(SecureTokens.hash(token), municipalityId, caseId, Timestamp.from(clock.instant()))
			.update();
		return token;
	}

	String url(String slug, String token) {
		return baseUrl + "/" + slug + "/track/" + token;
	}

	/** The case's public page (only published cases have one). */
	String publicUrl(String slug, String reference) {
		return baseUrl + "/" + slug + "/cases/" + reference;
	}

	/** The case's staff page; opens only after staff sign-in. */
	String staffUrl(String slug, String reference) {
		return baseUrl + "/" + slug + "/staff/cases/" + reference;
	}

}
