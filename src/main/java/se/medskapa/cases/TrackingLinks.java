package se.medskapa.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.shared.SecureTokens;

/**
 * Issues private tracking links; the database keeps only their hashes. Every mail to the
 * resident carries a fresh link, so a link is bounded three ways (F10): it stops working
 * {@code medskapa.tracking.max-age} after it was issued (2 years by default), and for a
 * closed case {@code medskapa.tracking.valid-after-close} after the case closed (12
 * months); and a case keeps only its newest {@code medskapa.tracking.links-per-case}
 * links (10), older ones are deleted as a new one is issued. A deleted resident's links
 * are deleted at once ({@link DeletedResidents}).
 */
@Component
class TrackingLinks {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String baseUrl;

	private final Duration maxAge;

	private final Duration validAfterClose;

	private final int linksPerCase;

	TrackingLinks(JdbcClient jdbc, Clock clock, @Value("${medskapa.base-url}") String baseUrl,
			@Value("${medskapa.tracking.max-age:P730D}") Duration maxAge,
			@Value("${medskapa.tracking.valid-after-close:P365D}") Duration validAfterClose,
			@Value("${medskapa.tracking.links-per-case:10}") int linksPerCase) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.maxAge = maxAge;
		this.validAfterClose = validAfterClose;
		this.linksPerCase = Math.max(1, linksPerCase);
	}

	/**
	 * A new token for the case; the case's older tokens beyond the newest
	 * {@code links-per-case}, and its expired ones, are deleted.
	 */
	String issue(long municipalityId, long caseId) {
		String token = SecureTokens.newToken();
		Instant now = clock.instant();
		jdbc.sql(
				"insert into case_tracking_token (token_hash, municipality_id, case_id, created_at) values (?, ?, ?, ?)")
			.params(SecureTokens.hash(token), municipalityId, caseId, Timestamp.from(now))
			.update();
		jdbc.sql("""
				delete from case_tracking_token t
				where t.case_id = ? and t.municipality_id = ?
				  and (t.created_at <= ? or t.token_hash not in (
				      select k.token_hash from case_tracking_token k where k.case_id = t.case_id
				      and k.municipality_id = t.municipality_id order by k.created_at desc, k.token_hash limit ?))""")
			.params(caseId, municipalityId, Timestamp.from(now.minus(maxAge)), linksPerCase)
			.update();
		return token;
	}

	/** The case a valid tracking token leads to, within the municipality. */
	Optional<Long> caseIdOf(long municipalityId, String token) {
		if (token == null || token.length() < 20 || token.length() > 200) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return jdbc.sql("""
				select t.case_id from case_tracking_token t
				join cases c on c.id = t.case_id and c.municipality_id = t.municipality_id
				where t.municipality_id = ? and t.token_hash = ? and t.created_at > ?
				  and (c.closed_at is null or c.closed_at > ?)""")
			.params(municipalityId, SecureTokens.hash(token), Timestamp.from(now.minus(maxAge)),
					Timestamp.from(now.minus(validAfterClose)))
			.query(Long.class)
			.optional();
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
