package se.medskapa.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the staff account for an answer of a municipality's directory provider (staff
 * single sign-on, ADR 0034). Only accounts of that provider's municipality are looked at:
 * a user of one municipality's directory never reaches another municipality's staff
 * account, whatever address the directory asserts. The directory's subject is recorded at
 * the first sign-in (found by e-mail then) and finds the account afterwards; an account
 * is created only where the admin allows it. Roles follow the directory's groups only for
 * the roles the admin mapped.
 */
@Component
class StaffSsoLogin {

	private static final Logger log = LoggerFactory.getLogger(StaffSsoLogin.class);

	private final StaffSsoProviders providers;

	private final StaffAccountRepository staff;

	private final Clock clock;

	StaffSsoLogin(StaffSsoProviders providers, StaffAccountRepository staff, Clock clock) {
		this.providers = providers;
		this.staff = staff;
		this.clock = clock;
	}

	/** Why a staff single sign-on did not happen; each has its translated explanation. */
	enum Failure {

		FAILED, NOT_CONFIGURED, NO_ACCOUNT, NO_SECOND_FACTOR;

		String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * @param principal the staff member, or null with a failure
	 * @param multiFactor whether the provider asserted multi-factor, so no TOTP is asked
	 */
	record Outcome(StaffPrincipal principal, boolean multiFactor, Failure failure) {

		static Outcome refused(Failure failure) {
			return new Outcome(null, false, failure);
		}

	}

	@Transactional
	public Outcome signIn(String slug, OidcUser user) {
		Optional<StaffSsoProvider> found = providers.forMunicipality(slug);
		if (found.isEmpty()) {
			return Outcome.refused(Failure.NOT_CONFIGURED);
		}
		StaffSsoProvider provider = found.get();
		String email = Boolean.FALSE.equals(user.getClaimAsBoolean("email_verified")) ? null
				: user.getClaimAsString(provider.emailClaim());
		Optional<StaffPrincipal> principal = find(provider, user.getSubject(), email, displayName(user, email),
				groups(user, provider));
		if (principal.isEmpty() || !principal.get().isEnabled()) {
			log.info("staff single sign-on refused for {}: no active account", slug);
			return Outcome.refused(Failure.NO_ACCOUNT);
		}
		boolean multiFactor = provider.assertsMultiFactor(user.getClaimAsStringList("amr"),
				user.getClaimAsString("acr"));
		if (!multiFactor && staff.totpSecret(principal.get().id()).isEmpty()) {
			return Outcome.refused(Failure.NO_SECOND_FACTOR);
		}
		if (multiFactor) {
			staff.recordSuccessfulLogin(principal.get().id(), clock.instant());
		}
		StaffPrincipal signedIn = principal.get();
		signedIn.eraseCredentials();
		return new Outcome(signedIn, multiFactor, null);
	}

	private Optional<StaffPrincipal> find(StaffSsoProvider provider, String subject, String email, String name,
			Set<String> groups) {
		long municipality = provider.municipalityId();
		Optional<StaffPrincipal> principal = staff.findPrincipalBySubject(municipality, subject);
		if (principal.isEmpty() && email != null) {
			principal = staff.findUnlinkedPrincipalByEmail(municipality, email)
				.filter(candidate -> staff.linkSubject(municipality, candidate.id(), subject));
			if (principal.isEmpty() && provider.createAccounts() && staff.findPrincipalByEmail(email).isEmpty()) {
				try {
					long id = staff.insert(municipality, email, name, null, null, EnumSet.noneOf(StaffRole.class));
					staff.linkSubject(municipality, id, subject);
					principal = staff.findPrincipalById(id);
				}
				catch (DuplicateKeyException ex) {
					// Created by a sign-in at the same moment: found by subject.
					principal = staff.findPrincipalBySubject(municipality, subject);
				}
			}
		}
		return principal.map(found -> withMappedRoles(provider, found, groups));
	}

	private StaffPrincipal withMappedRoles(StaffSsoProvider provider, StaffPrincipal principal, Set<String> groups) {
		if (provider.roleGroups().isEmpty()) {
			return principal;
		}
		Set<StaffRole> roles = principal.roles().isEmpty() ? EnumSet.noneOf(StaffRole.class)
				: EnumSet.copyOf(principal.roles());
		for (Map.Entry<StaffRole, Set<String>> mapping : provider.roleGroups().entrySet()) {
			if (mapping.getValue().stream().anyMatch(groups::contains)) {
				roles.add(mapping.getKey());
			}
			else {
				roles.remove(mapping.getKey());
			}
		}
		if (roles.equals(principal.roles())) {
			return principal;
		}
		staff.updateRoles(provider.municipalityId(), principal.id(), roles);
		return staff.findPrincipalById(principal.id()).orElseThrow();
	}

	private static Set<String> groups(OidcUser user, StaffSsoProvider provider) {
		Object claim = user.getClaims().get(provider.groupsClaim());
		if (claim instanceof Collection<?> values) {
			return Set.copyOf(values.stream().map(String::valueOf).toList());
		}
		return claim == null ? Set.of() : Set.copyOf(List.of(String.valueOf(claim).split("[\\s,]+")));
	}

	private static String displayName(OidcUser user, String email) {
		String name = user.getFullName();
		if (name == null && user.getGivenName() != null) {
			name = user.getGivenName() + (user.getFamilyName() == null ? "" : " " + user.getFamilyName());
		}
		return name == null || name.isBlank() ? email : name;
	}

}
