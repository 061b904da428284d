package se.medskapa.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.medskapa.shared.Timestamps;

/** Staff rows. Every method that an admin page reaches takes the municipality id. */
@Repository
class StaffAccountRepository {

	static final int MAX_FAILED_LOGINS = 5;

	private final JdbcClient jdbc;

	private final TotpSecretCipher secrets;

	StaffAccountRepository(JdbcClient jdbc, TotpSecretCipher secrets) {
		this.jdbc = jdbc;
		this.secrets = secrets;
	}

	Optional<StaffPrincipal> findPrincipalByEmail(String email) {
		return jdbc.sql(PRINCIPAL_QUERY + " where lower(s.email) = lower(?)")
			.param(email.strip())
			.query(StaffAccountRepository::principal)
			.optional();
	}

	Optional<StaffPrincipal> findPrincipalById(long id) {
		return jdbc.sql(PRINCIPAL_QUERY + " where s.id = ?")
			.param(id)
			.query(StaffAccountRepository::principal)
			.optional();
	}

	/** The staff member of this municipality whom the directory knows by this subject. */
	Optional<StaffPrincipal> findPrincipalBySubject(long municipalityId, String subject) {
		return jdbc.sql(PRINCIPAL_QUERY + " where s.municipality_id = ? and s.sso_subject = ?")
			.params(municipalityId, subject)
			.query(StaffAccountRepository::principal)
			.optional();
	}

	/**
	 * The staff member of this municipality with this address whom no directory subject
	 * has claimed yet.
	 */
	Optional<StaffPrincipal> findUnlinkedPrincipalByEmail(long municipalityId, String email) {
		return jdbc
			.sql(PRINCIPAL_QUERY
					+ " where s.municipality_id = ? and lower(s.email) = lower(?) and s.sso_subject is null")
			.params(municipalityId, email.strip())
			.query(StaffAccountRepository::principal)
			.optional();
	}

	/** Records the directory's subject once; false when the account has one already. */
	boolean linkSubject(long municipalityId, long staffId, String subject) {
		return jdbc.sql(
				"update staff_account set sso_subject = ? where municipality_id = ? and id = ? and sso_subject is null")
			.params(subject, municipalityId, staffId)
			.update() == 1;
	}

	/** The clear TOTP secret (stored encrypted, {@link TotpSecretCipher}). */
	Optional<String> totpSecret(long staffId) {
		return jdbc.sql("select totp_secret from staff_account where id = ?")
			.param(staffId)
			.query(String.class)
			.optional()
			.map(secrets::decrypt);
	}

	/**
	 * Encrypts the secrets still in clear and those under an older key with the current
	 * key.
	 * @return how many were rewritten
	 */
	int reencryptTotpSecrets() {
		record Stored(long id, String totpSecret) {
		}
		int rewritten = 0;
		for (Stored stored : jdbc.sql("select id, totp_secret from staff_account where totp_secret is not null")
			.query(Stored.class)
			.list()) {
			if (secrets.needsReencryption(stored.totpSecret())) {
				rewritten += jdbc.sql("update staff_account set totp_secret = ? where id = ? and totp_secret = ?")
					.params(secrets.encrypt(secrets.decrypt(stored.totpSecret())), stored.id(), stored.totpSecret())
					.update();
			}
		}
		return rewritten;
	}

	/**
	 * Marks a TOTP step as used; false when it, or a later one, was used already (a
	 * replayed code).
	 */
	boolean useTotpStep(long staffId, long step) {
		return jdbc.sql("""
				update staff_account set totp_last_step = ?
				where id = ? and (totp_last_step is null or totp_last_step < ?)""")
			.params(step, staffId, step)
			.update() == 1;
	}

	/**
	 * Counts a failure; the last allowed one locks the account and starts a fresh count
	 * for after the lock.
	 */
	void recordFailedLogin(String email, Instant now) {
		jdbc.sql("""
				update staff_account
				set failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
				    locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
				where lower(email) = lower(?)""")
			.params(MAX_FAILED_LOGINS, MAX_FAILED_LOGINS, Timestamp.from(now.plusSeconds(15 * 60)), email.strip())
			.update();
	}

	void recordSuccessfulLogin(long staffId, Instant now) {
		jdbc.sql("update staff_account set failed_logins = 0, locked_until = null, last_login_at = ? where id = ?")
			.params(Timestamp.from(now), staffId)
			.update();
	}

	long insert(Long municipalityId, String email, String displayName, String passwordHash, String totpSecret,
			Set<StaffRole> roles) {
		return jdbc.sql("""
				insert into staff_account (municipality_id, email, display_name, password_hash, totp_secret, roles)
				values (?, ?, ?, ?, ?, ?::text[]) returning id""")
			.params(municipalityId, email.strip(), displayName.strip(), passwordHash,
					totpSecret == null ? null : secrets.encrypt(totpSecret), rolesLiteral(roles))
			.query(Long.class)
			.single();
	}

	void setPassword(long staffId, String passwordHash) {
		jdbc.sql("update staff_account set password_hash = ?, failed_logins = 0, locked_until = null where id = ?")
			.params(passwordHash, staffId)
			.update();
	}

	/**
	 * Deactivates the account and erases its password and TOTP secret; the id when there
	 * was a usable account.
	 */
	OptionalLong retire(String email) {
		return jdbc.sql("""
				update staff_account set active = false, password_hash = null, totp_secret = null
				where lower(email) = lower(?) and (active or password_hash is not null or totp_secret is not null)
				returning id""")
			.param(email.strip())
			.query(Long.class)
			.optional()
			.map(OptionalLong::of)
			.orElse(OptionalLong.empty());
	}

	/**
	 * A password reset: the new password, and every session signed in under the old
	 * credentials ends.
	 */
	void setPasswordAndEndSessions(long staffId, String passwordHash) {
		jdbc.sql("""
				update staff_account set password_hash = ?, failed_logins = 0, locked_until = null,
				       credentials_version = credentials_version + 1
				where id = ?""").params(passwordHash, staffId).update();
	}

	/**
	 * Back to an invitation: no password, a new TOTP secret not yet confirmed, and every
	 * open session ends. False for an account of another municipality.
	 */
	boolean resetSignIn(long municipalityId, long staffId, String newTotpSecret) {
		return jdbc.sql("""
				update staff_account set password_hash = null, totp_secret = ?, totp_last_step = null,
				       failed_logins = 0, locked_until = null, credentials_version = credentials_version + 1
				where municipality_id = ? and id = ?""")
			.params(secrets.encrypt(newTotpSecret), municipalityId, staffId)
			.update() == 1;
	}

	List<StaffMember> members(long municipalityId) {
		return jdbc.sql(MEMBER_QUERY + " where s.municipality_id = ? group by s.id order by s.display_name")
			.param(municipalityId)
			.query(StaffAccountRepository::member)
			.list();
	}

	Optional<StaffMember> member(long municipalityId, long staffId) {
		return jdbc.sql(MEMBER_QUERY + " where s.municipality_id = ? and s.id = ? group by s.id")
			.params(municipalityId, staffId)
			.query(StaffAccountRepository::member)
			.optional();
	}

	boolean updateRoles(long municipalityId, long staffId, Set<StaffRole> roles) {
		return jdbc.sql("update staff_account set roles = ?::text[] where municipality_id = ? and id = ?")
			.params(rolesLiteral(roles), municipalityId, staffId)
			.update() == 1;
	}

	void replaceUnits(long municipalityId, long staffId, List<Long> unitIds) {
		jdbc.sql("delete from staff_unit_membership where municipality_id = ? and staff_id = ?")
			.params(municipalityId, staffId)
			.update();
		for (Long unitId : unitIds) {
			jdbc.sql("insert into staff_unit_membership (staff_id, unit_id, municipality_id) values (?, ?, ?)")
				.params(staffId, unitId, municipalityId)
				.update();
		}
	}

	boolean setActive(long municipalityId, long staffId, boolean active) {
		return jdbc.sql("update staff_account set active = ? where municipality_id = ? and id = ?")
			.params(active, municipalityId, staffId)
			.update() == 1;
	}

	List<Long> unitIdsOf(long municipalityId, long staffId) {
		return jdbc.sql(
				"select unit_id from staff_unit_membership where municipality_id = ? and staff_id = ? order by unit_id")
			.params(municipalityId, staffId)
			.query(Long.class)
			.list();
	}

	/**
	 * Active staff of a municipality, optionally only with a role and/or only members of
	 * a unit.
	 */
	List<StaffContact> activeContacts(long municipalityId, StaffRole role, Long unitId) {
		String roleName = role == null ? null : role.name();
		return jdbc.sql("""
				select s.id, s.email, s.display_name, s.preferred_language from staff_account s
				where s.municipality_id = ? and s.active and s.password_hash is not null
				  and (?::text is null or ?::text = any (s.roles))
				  and (?::bigint is null or exists (select 1 from staff_unit_membership m
				                                    where m.staff_id = s.id and m.unit_id = ?))
				order by s.display_name""")
			.params(municipalityId, roleName, roleName, unitId, unitId)
			.query(StaffContact.class)
			.list();
	}

	private static final String PRINCIPAL_QUERY = """
			select s.id, s.municipality_id, m.slug, s.email, s.display_name, s.password_hash, s.roles, s.active, s.locked_until,
			       s.credentials_version
			from staff_account s left join municipality m on m.id = s.municipality_id""";

	private static final String MEMBER_QUERY = """
			select s.id, s.municipality_id, s.email, s.display_name, s.roles, s.active,
			       s.password_hash is null as invitation_pending,
			       coalesce(array_agg(u.unit_id order by u.unit_id) filter (where u.unit_id is not null), '{}') as unit_ids
			from staff_account s left join staff_unit_membership u on u.staff_id = s.id""";

	private static StaffPrincipal principal(ResultSet rs, int row) throws SQLException {
		return new StaffPrincipal(rs.getLong("id"), (Long) rs.getObject("municipality_id"), rs.getString("slug"),
				rs.getString("email"), rs.getString("display_name"), rs.getString("password_hash"),
				roles(rs.getArray("roles")), rs.getBoolean("active"),
				Timestamps.instant(rs.getTimestamp("locked_until")), rs.getInt("credentials_version"));
	}

	private static StaffMember member(ResultSet rs, int row) throws SQLException {
		Long[] unitIds = (Long[]) rs.getArray("unit_ids").getArray();
		return new StaffMember(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("email"),
				rs.getString("display_name"), roles(rs.getArray("roles")), Arrays.asList(unitIds),
				rs.getBoolean("active"), rs.getBoolean("invitation_pending"));
	}

	private static Set<StaffRole> roles(Array array) throws SQLException {
		EnumSet<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		for (String role : (String[]) array.getArray()) {
			roles.add(StaffRole.valueOf(role));
		}
		return roles;
	}

	private static String rolesLiteral(Set<StaffRole> roles) {
		return "{" + String.join(",", roles.stream().map(Enum::name).sorted().toList()) + "}";
	}

}
