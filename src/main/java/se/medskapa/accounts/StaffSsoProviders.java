package se.medskapa.accounts;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipalities' directory providers for staff single sign-on, kept in the database
 * so that the municipality admin sets or changes one without a restart (the next sign-in
 * uses it). Each read names its municipality.
 */
@Service
public class StaffSsoProviders {

	private static final String SELECT = """
			select p.municipality_id, m.slug, m.name as municipality_name, p.issuer, p.client_id, p.scopes,
			       p.acr_values, p.mfa_acr_values, p.email_claim, p.groups_claim, p.create_accounts, p.enabled,
			       p.updated_at
			from staff_sso_provider p join municipality m on m.id = p.municipality_id
			""";

	private final JdbcClient jdbc;

	StaffSsoProviders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The enabled provider of the municipality with this slug. */
	public Optional<StaffSsoProvider> forMunicipality(String slug) {
		return jdbc.sql(SELECT + " where m.slug = ? and p.enabled")
			.param(slug)
			.query(Row.class)
			.optional()
			.map(this::withGroups);
	}

	/** The municipality's provider, enabled or not (for its admin page). */
	public Optional<StaffSsoProvider> ofMunicipality(long municipalityId) {
		return jdbc.sql(SELECT + " where p.municipality_id = ?")
			.param(municipalityId)
			.query(Row.class)
			.optional()
			.map(this::withGroups);
	}

	/** Every enabled provider, by municipality name: the buttons of the staff sign-in. */
	public List<StaffSsoProvider> all() {
		return jdbc.sql(SELECT + " where p.enabled order by m.name, m.slug")
			.query(Row.class)
			.list()
			.stream()
			.map(this::withGroups)
			.toList();
	}

	/**
	 * Sets (or replaces) the municipality's provider and its group mapping. Blank scopes
	 * and claims take the defaults; a role without groups is left to Medskapa.
	 */
	@Transactional
	public void configure(long municipalityId, StaffSsoSettings settings) {
		jdbc.sql(
				"""
						insert into staff_sso_provider (municipality_id, issuer, client_id, scopes, acr_values, mfa_acr_values,
						    email_claim, groups_claim, create_accounts, enabled)
						values (:m, :issuer, :client, :scopes, :acr, :mfa, :email, :groups, :create, :enabled)
						on conflict (municipality_id) do update set issuer = excluded.issuer, client_id = excluded.client_id,
						    scopes = excluded.scopes, acr_values = excluded.acr_values, mfa_acr_values = excluded.mfa_acr_values,
						    email_claim = excluded.email_claim, groups_claim = excluded.groups_claim,
						    create_accounts = excluded.create_accounts, enabled = excluded.enabled,
						    updated_at = clock_timestamp()""")
			.param("m", municipalityId)
			.param("issuer", settings.issuer().strip())
			.param("client", settings.clientId().strip())
			.param("scopes", orDefault(settings.scopes(), StaffSsoProvider.DEFAULT_SCOPES))
			.param("acr", blankToNull(settings.acrValues()))
			.param("mfa", blankToNull(settings.mfaAcrValues()))
			.param("email", orDefault(settings.emailClaim(), "email"))
			.param("groups", orDefault(settings.groupsClaim(), "groups"))
			.param("create", settings.createAccounts())
			.param("enabled", settings.enabled())
			.update();
		jdbc.sql("delete from staff_sso_role_group where municipality_id = ?").param(municipalityId).update();
		settings.roleGroups().forEach((role, groups) -> {
			if (role == StaffRole.PLATFORM_OPERATOR) {
				throw new IllegalArgumentException("the operator role is not a municipality's");
			}
			for (String group : groups) {
				jdbc.sql("insert into staff_sso_role_group (municipality_id, role, group_name) values (?, ?, ?)")
					.params(municipalityId, role.name(), group)
					.update();
			}
		});
	}

	private StaffSsoProvider withGroups(Row row) {
		Map<StaffRole, Set<String>> groups = new EnumMap<>(StaffRole.class);
		jdbc.sql(
				"select role, group_name from staff_sso_role_group where municipality_id = ? order by role, group_name")
			.param(row.municipalityId())
			.query((rs, n) -> {
				groups.computeIfAbsent(StaffRole.valueOf(rs.getString("role")), r -> new LinkedHashSet<>())
					.add(rs.getString("group_name"));
				return null;
			})
			.list();
		return new StaffSsoProvider(row.municipalityId(), row.slug(), row.municipalityName(), row.issuer(),
				row.clientId(), row.scopes(), row.acrValues(), row.mfaAcrValues(), row.emailClaim(), row.groupsClaim(),
				row.createAccounts(), row.enabled(), row.updatedAt(), groups);
	}

	private static String orDefault(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.strip();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private record Row(long municipalityId, String slug, String municipalityName, String issuer, String clientId,
			String scopes, String acrValues, String mfaAcrValues, String emailClaim, String groupsClaim,
			boolean createAccounts, boolean enabled, Instant updatedAt) {
	}

}
