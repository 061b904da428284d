package se.medskapa.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * One OAuth2 client registration per municipality for residents' e-ID, its id the
 * municipality's slug, read from {@code eid_provider} at each sign-in; and one for the
 * staff single sign-on of a municipality that has it, {@code staff.<slug>}, read from
 * {@code staff_sso_provider}. The provider's metadata (OpenID discovery) is fetched once
 * per provider version and kept until the row changes, so a changed issuer or client id
 * is used from the next sign-in on, without a restart.
 */
@Component
public class MunicipalityClientRegistrations implements ClientRegistrationRepository {

	static final String SECRET_PROPERTY = "medskapa.eid.client-secrets.";

	static final String STAFF_SECRET_PROPERTY = "medskapa.staff-sso.client-secrets.";

	/**
	 * Staff registrations are {@code staff.<slug>}: a dot is never in a slug, so no
	 * municipality's residents' registration can take a staff one's id.
	 */
	static final String STAFF_PREFIX = "staff.";

	private static final Logger log = LoggerFactory.getLogger(MunicipalityClientRegistrations.class);

	private final EidProviders providers;

	private final StaffSsoProviders staffProviders;

	private final Environment environment;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	MunicipalityClientRegistrations(EidProviders providers, StaffSsoProviders staffProviders, Environment environment) {
		this.providers = providers;
		this.staffProviders = staffProviders;
		this.environment = environment;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (registrationId != null && registrationId.startsWith(STAFF_PREFIX)) {
			String slug = registrationId.substring(STAFF_PREFIX.length());
			return staffProviders.forMunicipality(slug)
				.map(provider -> registration(registrationId, provider.municipalityName(), provider.issuer(),
						provider.clientId(), environment.getProperty(STAFF_SECRET_PROPERTY + slug),
						provider.scopeList(), provider.updatedAt()))
				.orElseGet(() -> forget(registrationId));
		}
		return providers.forMunicipality(registrationId)
			.map(provider -> registration(registrationId, provider.municipalityName(), provider.issuer(),
					provider.clientId(), environment.getProperty(SECRET_PROPERTY + registrationId),
					provider.scopeList(), provider.updatedAt()))
			.orElseGet(() -> forget(registrationId));
	}

	/** The registration id of the municipality's staff single sign-on. */
	public static String staffRegistrationId(String slug) {
		return STAFF_PREFIX + slug;
	}

	/**
	 * The provider's {@code end_session_endpoint} (OpenID Connect RP-Initiated Logout),
	 * where it advertises one.
	 */
	public Optional<String> endSessionEndpoint(String registrationId) {
		ClientRegistration registration = findByRegistrationId(registrationId);
		if (registration == null) {
			return Optional.empty();
		}
		Object endpoint = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
		return Optional.ofNullable(endpoint).map(Object::toString).filter(url -> url.startsWith("http"));
	}

	private ClientRegistration forget(String registrationId) {
		cache.remove(registrationId);
		return null;
	}

	private ClientRegistration registration(String registrationId, String name, String issuer, String clientId,
			String secret, List<String> scopes, Instant updatedAt) {
		Cached cached = cache.get(registrationId);
		if (cached != null && cached.updatedAt().equals(updatedAt) && same(cached.secret(), secret)) {
			return cached.registration();
		}
		try {
			ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer)
				.registrationId(registrationId)
				.clientName(name)
				.clientId(clientId)
				.clientSecret(secret)
				.scope(scopes)
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.userNameAttributeName("sub")
				.build();
			cache.put(registrationId, new Cached(updatedAt, secret, registration));
			return registration;
		}
		catch (RuntimeException ex) {
			log.warn("OpenID provider of {} unavailable: {}", registrationId, ex.getMessage());
			return null;
		}
	}

	private static boolean same(String a, String b) {
		return a == null ? b == null : a.equals(b);
	}

	private record Cached(Instant updatedAt, String secret, ClientRegistration registration) {
	}

}
