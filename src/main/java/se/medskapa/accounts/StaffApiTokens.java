package se.medskapa.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.municipalities.MunicipalityNotFoundException;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.SecureTokens;
import se.medskapa.shared.Timestamps;

/**
 * Personal API tokens of staff: created, named, listed and revoked by their owner, and
 * checked on every call to the staff API. A token belongs to its owner's municipality and
 * acts with the owner's current roles; it stops working when it is revoked or expires, or
 * when the owner is deactivated. Only the SHA-256 hash of a token is stored: the value is
 * handed out once, at creation.
 */
@Service
public class StaffApiTokens {

	/** Recognisable by secret scanners and in logs that must not contain it. */
	public static final String PREFIX = "msk_";

	public static final int MAX_ACTIVE_TOKENS = 10;

	public static final int MAX_NAME_LENGTH = 100;

	/**
	 * Last use is written at most this often per token, so that busy clients cost no
	 * write per call.
	 */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final StaffAccountRepository staff;

	private final Clock clock;

	StaffApiTokens(JdbcClient jdbc, StaffAccountRepository staff, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * The owner's tokens that are not revoked, newest first; expired ones are listed
	 * until revoked.
	 */
	public List<StaffApiToken> tokensOf(StaffPrincipal owner) {
		return jdbc.sql("""
				select id, name, created_at, expires_at, last_used_at from staff_api_token
				where staff_id = ? and municipality_id = ? and revoked_at is null order by created_at desc, id desc""")
			.params(owner.id(), requireMunicipality(owner))
			.query(StaffApiToken.class)
			.list();
	}

	/**
	 * Creates a token for the staff member's own municipality. {@code validity} null
	 * means it never expires.
	 * @throws TooManyApiTokensException when the owner has {@link #MAX_ACTIVE_TOKENS}
	 * unexpired tokens already
	 */
	@Transactional
	public IssuedStaffApiToken create(StaffPrincipal owner, String name, Duration validity) {
		long municipalityId = requireMunicipality(owner);
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty() || cleanName.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("token name must be 1 to " + MAX_NAME_LENGTH + " characters");
		}
		Instant now = clock.instant();
		// Serialises creation per staff member, so two parallel requests cannot both pass
		// the limit.
		jdbc.sql("select id from staff_account where id = ? for update").param(owner.id()).query(Long.class).single();
		long active = jdbc.sql("""
				select count(*) from staff_api_token
				where staff_id = ? and revoked_at is null and (expires_at is null or expires_at > ?)""")
			.params(owner.id(), Timestamp.from(now))
			.query(Long.class)
			.single();
		if (active >= MAX_ACTIVE_TOKENS) {
			throw new TooManyApiTokensException();
		}
		String token = PREFIX + SecureTokens.newToken();
		Instant expiresAt = validity == null ? null : now.plus(validity);
		long id = jdbc.sql("""
				insert into staff_api_token (municipality_id, staff_id, name, token_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, owner.id(), cleanName, SecureTokens.hash(token), Timestamp.from(now),
					Timestamps.of(expiresAt))
			.query(Long.class)
			.single();
		return new IssuedStaffApiToken(id, cleanName, token, expiresAt);
	}

	/**
	 * Revokes one of the owner's own tokens; another staff member's token is simply not
	 * found.
	 */
	@Transactional
	public void revoke(StaffPrincipal owner, long tokenId) {
		int revoked = jdbc.sql("""
				update staff_api_token set revoked_at = ?
				where id = ? and staff_id = ? and municipality_id = ? and revoked_at is null""")
			.params(Timestamp.from(clock.instant()), tokenId, owner.id(), requireMunicipality(owner))
			.update();
		if (revoked != 1) {
			throw new NotFoundException("token");
		}
	}

	/** Every token of the staff member stops working for good (on deactivation). */
	@Transactional
	public int revokeAllOf(long municipalityId, long staffId) {
		return jdbc.sql("""
				update staff_api_token set revoked_at = ?
				where staff_id = ? and municipality_id = ? and revoked_at is null""")
			.params(Timestamp.from(clock.instant()), staffId, municipalityId)
			.update();
	}

	/**
	 * Every token of the staff member stops working for good, in whatever municipality (a
	 * retired demo account, a password reset).
	 */
	@Transactional
	public int revokeAllOf(long staffId) {
		return jdbc.sql("update staff_api_token set revoked_at = ? where staff_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), staffId)
			.update();
	}

	/**
	 * The staff member a token acts for, with their current roles, when the token is
	 * known, not revoked, not expired, and its owner is active in the token's
	 * municipality. Records the time of use.
	 */
	@Transactional
	public Optional<StaffPrincipal> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<TokenOwner> owner = jdbc.sql("""
				select t.id, t.staff_id, t.municipality_id, t.last_used_at from staff_api_token t
				join staff_account s on s.id = t.staff_id and s.municipality_id = t.municipality_id
				where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?)
				  and s.active""")
			.params(SecureTokens.hash(token), Timestamp.from(now))
			.query(TokenOwner.class)
			.optional();
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		Optional<StaffPrincipal> principal = staff.findPrincipalById(owner.get().staffId())
			.filter(StaffPrincipal::isEnabled)
			.filter(found -> found.belongsTo(owner.get().municipalityId()));
		if (principal.isPresent() && (owner.get().lastUsedAt() == null
				|| owner.get().lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION)))) {
			jdbc.sql("update staff_api_token set last_used_at = ? where id = ?")
				.params(Timestamp.from(now), owner.get().id())
				.update();
		}
		principal.ifPresent(StaffPrincipal::eraseCredentials);
		return principal;
	}

	private static long requireMunicipality(StaffPrincipal owner) {
		if (owner.municipalityId() == null) {
			// The platform operator belongs to no municipality, and the staff API is a
			// municipality's.
			throw new MunicipalityNotFoundException();
		}
		return owner.municipalityId();
	}

	record TokenOwner(long id, long staffId, long municipalityId, Instant lastUsedAt) {
	}

}
