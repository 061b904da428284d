package se.medskapa.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' verified identities (e-ID) and where a municipality requires one. Other
 * modules ask {@link #verifiedIdentity(long)} ("one person, one signature" compares the
 * {@link VerifiedIdentity#identityHash() hash}) and
 * {@link #requiresEid(long, EidPurpose)}. The identity number itself never reaches the
 * database or the session (ADR 0028).
 */
@Service
public class ResidentIdentities {

	private final JdbcClient jdbc;

	private final IdentityNumbers numbers;

	private final Clock clock;

	ResidentIdentities(JdbcClient jdbc, IdentityNumbers numbers, Clock clock) {
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.clock = clock;
	}

	/** The resident's identity proven by e-ID, if they have linked one. */
	public Optional<VerifiedIdentity> verifiedIdentity(long residentId) {
		return jdbc.sql("""
				select i.identity_hash, i.level_of_assurance, i.verified_at
				from resident_identity i join resident_account a on a.id = i.resident_id
				where i.resident_id = ? and a.deleted_at is null""")
			.param(residentId)
			.query(VerifiedIdentity.class)
			.optional();
	}

	/** Whether the municipality requires e-ID for this. */
	public boolean requiresEid(long municipalityId, EidPurpose purpose) {
		return jdbc.sql("select " + purpose.column() + " from eid_requirement where municipality_id = ?")
			.param(municipalityId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Whether a resident may do this in the municipality: no e-ID required, or they have
	 * one.
	 */
	public boolean mayDo(long municipalityId, long residentId, EidPurpose purpose) {
		return !requiresEid(municipalityId, purpose) || verifiedIdentity(residentId).isPresent();
	}

	@Transactional
	public void requireEid(long municipalityId, EidPurpose purpose, boolean required) {
		jdbc.sql("insert into eid_requirement (municipality_id, " + purpose.column() + ") values (?, ?) "
				+ "on conflict (municipality_id) do update set " + purpose.column() + " = excluded." + purpose.column())
			.params(municipalityId, required)
			.update();
	}

	/** The outcome of an e-ID sign-in: the resident, or why not. */
	record Outcome(ResidentPrincipal resident, EidFailure failure) {

		static Outcome failed(EidFailure failure) {
			return new Outcome(null, failure);
		}

	}

	/**
	 * Signs in by e-ID, or links it: finds the account that holds this identity, links it
	 * to {@code linkTo} (the account signed in by e-mail link that asked to link), or
	 * creates an account without address. The name from the provider fills an empty
	 * display name. Parallel sign-ins of one person wait for each other on a transaction
	 * lock of the hash, and the unique hash makes a second account for it impossible.
	 */
	@Transactional
	Outcome signIn(long municipalityId, String identityNumber, String levelOfAssurance, String name, Long linkTo) {
		if (!numbers.configured()) {
			return Outcome.failed(EidFailure.NOT_CONFIGURED);
		}
		Optional<String> hashed = numbers.hash(identityNumber);
		if (hashed.isEmpty()) {
			return Outcome.failed(EidFailure.NO_NUMBER);
		}
		String hash = hashed.get();
		jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(?, 11))")
			.param(hash)
			.query(Integer.class)
			.single();
		Optional<Long> holder = jdbc.sql("""
				select i.resident_id from resident_identity i join resident_account a on a.id = i.resident_id
				where i.identity_hash = ? and a.deleted_at is null""").param(hash).query(Long.class).optional();
		long residentId;
		if (linkTo != null) {
			Optional<String> own = verifiedIdentity(linkTo).map(VerifiedIdentity::identityHash);
			if ((holder.isPresent() && holder.get() != linkTo.longValue())
					|| (own.isPresent() && !own.get().equals(hash))) {
				return Outcome.failed(EidFailure.LINKED_ELSEWHERE);
			}
			residentId = linkTo;
		}
		else if (holder.isPresent()) {
			residentId = holder.get();
		}
		else {
			residentId = jdbc.sql("insert into resident_account (display_name) values (?) returning id")
				.param(blankToNull(name))
				.query(Long.class)
				.single();
		}
		jdbc.sql("""
				insert into resident_identity (resident_id, identity_hash, level_of_assurance, verified_at,
				    verified_municipality_id)
				values (?, ?, ?, ?, ?)
				on conflict (resident_id) do update set level_of_assurance = excluded.level_of_assurance,
				    verified_at = excluded.verified_at, verified_municipality_id = excluded.verified_municipality_id""")
			.params(residentId, hash, levelOfAssurance, Timestamp.from(clock.instant()), municipalityId)
			.update();
		jdbc.sql("update resident_account set display_name = ? where id = ? and display_name is null")
			.params(blankToNull(name), residentId)
			.update();
		return new Outcome(principal(residentId).orElseThrow(), null);
	}

	Optional<ResidentPrincipal> principal(long residentId) {
		return jdbc.sql("select id, email, display_name from resident_account where id = ? and deleted_at is null")
			.param(residentId)
			.query(ResidentPrincipal.class)
			.optional();
	}

	/** Removes the link between the account and its e-ID. */
	@Transactional
	public void unlink(long residentId) {
		jdbc.sql("delete from resident_identity where resident_id = ?").param(residentId).update();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
