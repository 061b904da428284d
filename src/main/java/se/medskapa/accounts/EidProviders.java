package se.medskapa.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipalities' OpenID providers for residents, kept in the database so that the
 * operator adds or changes one without a restart (the next sign-in uses it).
 */
@Service
public class EidProviders {

	private static final String SELECT = """
			select p.municipality_id, m.slug, m.name as municipality_name, p.issuer, p.client_id, p.scopes,
			       p.acr_values, p.identity_claim, p.name_claim, p.enabled, p.updated_at
			from eid_provider p join municipality m on m.id = p.municipality_id
			""";

	private final JdbcClient jdbc;

	EidProviders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The enabled provider of the municipality with this slug. */
	public Optional<EidProvider> forMunicipality(String slug) {
		return jdbc.sql(SELECT + " where m.slug = ? and p.enabled").param(slug).query(EidProvider.class).optional();
	}

	public Optional<EidProvider> forMunicipality(long municipalityId) {
		return jdbc.sql(SELECT + " where p.municipality_id = ? and p.enabled")
			.param(municipalityId)
			.query(EidProvider.class)
			.optional();
	}

	/** Every enabled provider, by municipality name: where a resident can link e-ID. */
	public List<EidProvider> all() {
		return jdbc.sql(SELECT + " where p.enabled order by m.name, m.slug").query(EidProvider.class).list();
	}

	/**
	 * Sets (or replaces) the municipality's provider. {@code null} scopes and claims take
	 * the Swedish profile's.
	 */
	@Transactional
	public void configure(long municipalityId, String issuer, String clientId, String scopes, String acrValues,
			String identityClaim, String nameClaim) {
		jdbc.sql(
				"""
						insert into eid_provider (municipality_id, issuer, client_id, scopes, acr_values, identity_claim, name_claim)
						values (:m, :issuer, :client, :scopes, :acr, :claim, :name)
						on conflict (municipality_id) do update set issuer = excluded.issuer, client_id = excluded.client_id,
						    scopes = excluded.scopes, acr_values = excluded.acr_values, identity_claim = excluded.identity_claim,
						    name_claim = excluded.name_claim, enabled = true, updated_at = clock_timestamp()""")
			.param("m", municipalityId)
			.param("issuer", issuer)
			.param("client", clientId)
			.param("scopes", scopes == null ? EidProvider.SWEDISH_SCOPES : scopes)
			.param("acr", acrValues)
			.param("claim", identityClaim == null ? EidProvider.SWEDISH_IDENTITY_CLAIM : identityClaim)
			.param("name", nameClaim == null ? "name" : nameClaim)
			.update();
	}

	@Transactional
	public void disable(long municipalityId) {
		jdbc.sql("update eid_provider set enabled = false, updated_at = clock_timestamp() where municipality_id = ?")
			.param(municipalityId)
			.update();
	}

}
