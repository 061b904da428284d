package se.medskapa.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.medskapa.shared.SecureTokens;

/**
 * Invitation and password-reset tokens; only their hash is stored, and each is used once.
 */
@Repository
class StaffTokenRepository {

	enum Purpose {

		INVITATION, PASSWORD_RESET

	}

	private final JdbcClient jdbc;

	StaffTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String issue(long staffId, Purpose purpose, Instant expiresAt) {
		String token = SecureTokens.newToken();
		jdbc.sql("insert into staff_token (token_hash, staff_id, purpose, expires_at) values (?, ?, ?, ?)")
			.params(SecureTokens.hash(token), staffId, purpose.name(), Timestamp.from(expiresAt))
			.update();
		return token;
	}

	/** The staff id of a valid, unused token, without using it up. */
	Optional<Long> peek(String token, Purpose purpose, Instant now) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select staff_id from staff_token
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
			.params(SecureTokens.hash(token), purpose.name(), Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	/** Every outstanding token of the staff member stops working. */
	void useUpAll(long staffId, Instant now) {
		jdbc.sql("update staff_token set used_at = ? where staff_id = ? and used_at is null")
			.params(Timestamp.from(now), staffId)
			.update();
	}

	/** Uses the token up; of two parallel requests only one gets the staff id. */
	Optional<Long> consume(String token, Purpose purpose, Instant now) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update staff_token set used_at = ?
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
				returning staff_id""")
			.params(Timestamp.from(now), SecureTokens.hash(token), purpose.name(), Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

}
