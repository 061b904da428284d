package se.medskapa.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;

import se.medskapa.shared.SecureTokens;

/**
 * The residents' e-mail sign-in tokens, in place of Spring's
 * {@code JdbcOneTimeTokenService}: 256 random bits, only their SHA-256 hash stored, and
 * consumed with one {@code delete … returning}, so that of two parallel uses of one link
 * exactly one signs in. Expired tokens of the address are removed when a new one is
 * issued.
 */
@Component
public class ResidentSignInTokens implements OneTimeTokenService {

	private final JdbcClient jdbc;

	private final Clock clock;

	ResidentSignInTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
		Instant now = clock.instant();
		Instant expiresAt = now.plus(request.getExpiresIn());
		String token = SecureTokens.newToken();
		jdbc.sql("delete from one_time_tokens where expires_at <= ?").param(Timestamp.from(now)).update();
		jdbc.sql("insert into one_time_tokens (token_hash, username, expires_at) values (?, ?, ?)")
			.params(SecureTokens.hash(token), request.getUsername(), Timestamp.from(expiresAt))
			.update();
		return new DefaultOneTimeToken(token, request.getUsername(), expiresAt);
	}

	/** The token's address, once: null for an unknown, used or expired token. */
	@Override
	public OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
		String token = authenticationToken.getTokenValue();
		if (token == null || token.isBlank() || token.length() > 200) {
			return null;
		}
		Instant now = clock.instant();
		return jdbc.sql("delete from one_time_tokens where token_hash = ? returning username, expires_at")
			.param(SecureTokens.hash(token))
			.query((rs, row) -> new DefaultOneTimeToken(token, rs.getString("username"),
					rs.getTimestamp("expires_at").toInstant()))
			.optional()
			.filter(found -> found.getExpiresAt().isAfter(now))
			.orElse(null);
	}

}
