package se.medskapa.accounts;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A municipality's directory OpenID provider for staff single sign-on (Entra ID, AD FS,
 * Keycloak). The client secret is not part of it: it comes from the configuration,
 * {@code medskapa.staff-sso.client-secrets.<slug>}.
 *
 * @param acrValues the {@code acr_values} asked for, space-separated (may be null)
 * @param mfaAcrValues the {@code acr} (or {@code amr}) values that count as multi-factor,
 * space-separated, e.g. a directory's own URI for multi-factor
 * @param roleGroups per role the directory groups that give it; a role not in the map is
 * managed in Medskapa only
 * @param createAccounts whether a directory user without a staff account gets one
 */
public record StaffSsoProvider(long municipalityId, String slug, String municipalityName, String issuer,
		String clientId, String scopes, String acrValues, String mfaAcrValues, String emailClaim, String groupsClaim,
		boolean createAccounts, boolean enabled, Instant updatedAt, Map<StaffRole, Set<String>> roleGroups) {

	public static final String DEFAULT_SCOPES = "openid profile email";

	/**
	 * {@code amr} values (RFC 8176) that mean more than one factor: {@code mfa} itself,
	 * or a factor that is never the only one at a directory (one-time code, hardware or
	 * software key, smart card, biometrics, proof of possession).
	 */
	public static final Set<String> MFA_METHODS = Set.of("mfa", "otp", "hwk", "swk", "sc", "fpt", "face", "iris", "pop",
			"retina", "vbm");

	public StaffSsoProvider {
		roleGroups = Map.copyOf(roleGroups);
	}

	public List<String> scopeList() {
		return split(scopes);
	}

	public List<String> mfaLevels() {
		return split(mfaAcrValues);
	}

	/**
	 * Whether the provider asserted multi-factor: an {@code amr} of {@link #MFA_METHODS},
	 * or an {@code acr} or {@code amr} of the configured values.
	 */
	public boolean assertsMultiFactor(List<String> amr, String acr) {
		return (amr != null
				&& amr.stream().anyMatch(method -> MFA_METHODS.contains(method) || mfaLevels().contains(method)))
				|| (acr != null && mfaLevels().contains(acr));
	}

	static List<String> split(String values) {
		return values == null ? List.of()
				: Arrays.stream(values.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
	}

}
