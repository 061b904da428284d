package se.medskapa.accounts;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A municipality's OpenID provider for residents' e-ID (BankID, Freja and others through
 * Sweden Connect, a broker or the municipality's own identity server). The client secret
 * is not part of it: it comes from the configuration,
 * {@code medskapa.eid.client-secrets.<slug>}.
 *
 * @param acrValues the requested levels of assurance, space-separated; when set, the
 * answer must carry one of them
 * @param identityClaim the claim holding the personal identity number (DIGG's Swedish
 * profile: {@code https://id.oidc.se/claim/personalIdentityNumber})
 */
public record EidProvider(long municipalityId, String slug, String municipalityName, String issuer, String clientId,
		String scopes, String acrValues, String identityClaim, String nameClaim, boolean enabled, Instant updatedAt) {

	public static final String SWEDISH_IDENTITY_CLAIM = "https://id.oidc.se/claim/personalIdentityNumber";

	public static final String SWEDISH_SCOPES = "openid profile https://id.oidc.se/scope/naturalPersonNumber";

	public List<String> scopeList() {
		return split(scopes);
	}

	public List<String> acceptedLevels() {
		return split(acrValues);
	}

	private static List<String> split(String values) {
		return values == null ? List.of()
				: Arrays.stream(values.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
	}

}
