package se.medskapa.accounts;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * One OAuth2 client registration per municipality, its id the municipality's slug, read
 * from {@code eid_provider} at each sign-in. The provider's metadata (OpenID discovery)
 * is fetched once per provider version and kept until the row changes, so a changed
 * issuer or client id is used from the next sign-in on, without a restart.
 */
@Component
public class MunicipalityClientRegistrations implements ClientRegistrationRepository {

	static final String SECRET_PROPERTY = "medskapa.eid.client-secrets.";

	private static final Logger log = LoggerFactory.getLogger(MunicipalityClientRegistrations.class);

	private final EidProviders providers;

	private final Environment environment;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	MunicipalityClientRegistrations(EidProviders providers, Environment environment) {
		this.providers = providers;
		this.environment = environment;
	}

	@Override
	public ClientRegistration findByRegistrationId(String slug) {
		EidProvider provider = providers.forMunicipality(slug).orElse(null);
		if (provider == null) {
			cache.remove(slug);
			return null;
		}
		String secret = environment.getProperty(SECRET_PROPERTY + slug);
		Cached cached = cache.get(slug);
		if (cached != null && cached.updatedAt().equals(provider.updatedAt()) && same(cached.secret(), secret)) {
			return cached.registration();
		}
		try {
			ClientRegistration registration = ClientRegistrations.fromIssuerLocation(provider.issuer())
				.registrationId(slug)
				.clientName(provider.municipalityName())
				.clientId(provider.clientId())
				.clientSecret(secret)
				.scope(provider.scopeList())
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.userNameAttributeName("sub")
				.build();
			cache.put(slug, new Cached(provider.updatedAt(), secret, registration));
			return registration;
		}
		catch (RuntimeException ex) {
			log.warn("e-ID provider of {} unavailable: {}", slug, ex.getMessage());
			return null;
		}
	}

	private static boolean same(String a, String b) {
		return a == null ? b == null : a.equals(b);
	}

	private record Cached(Instant updatedAt, String secret, ClientRegistration registration) {
	}

}
