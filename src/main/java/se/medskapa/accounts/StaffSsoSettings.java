package se.medskapa.accounts;

import java.util.Map;
import java.util.Set;

/**
 * What the municipality admin sets for staff single sign-on ({@link StaffSsoProviders}).
 */
public record StaffSsoSettings(String issuer, String clientId, String scopes, String acrValues, String mfaAcrValues,
		String emailClaim, String groupsClaim, boolean createAccounts, boolean enabled,
		Map<StaffRole, Set<String>> roleGroups) {

	public StaffSsoSettings {
		roleGroups = roleGroups == null ? Map.of() : Map.copyOf(roleGroups);
	}

}
