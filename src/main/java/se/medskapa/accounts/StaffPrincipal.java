package se.medskapa.accounts;

import java.io.Serial;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member. After the password alone it carries just
 * {@link #PASSWORD_FACTOR}; the roles are granted only once the second factor is
 * verified, so no staff page opens on a password alone.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final String PASSWORD_FACTOR = "FACTOR_PASSWORD";

	public static final String SECOND_FACTOR = "FACTOR_TOTP";

	private final long id;

	private final Long municipalityId;

	private final String municipalitySlug;

	private final String email;

	private final String displayName;

	private String passwordHash;

	private final Set<StaffRole> roles;

	private final boolean active;

	private final Instant lockedUntil;

	private final int credentialsVersion;

	StaffPrincipal(long id, Long municipalityId, String municipalitySlug, String email, String displayName,
			String passwordHash, Set<StaffRole> roles, boolean active, Instant lockedUntil, int credentialsVersion) {
		this.credentialsVersion = credentialsVersion;
		this.id = id;
		this.municipalityId = municipalityId;
		this.municipalitySlug = municipalitySlug;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = Set.copyOf(roles);
		this.active = active;
		this.lockedUntil = lockedUntil;
	}

	public long id() {
		return id;
	}

	/** Null for the platform operator. */
	public Long municipalityId() {
		return municipalityId;
	}

	public String municipalitySlug() {
		return municipalitySlug;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public Set<StaffRole> roles() {
		return roles;
	}

	/**
	 * Changes with every password reset and second-factor re-enrolment: a session signed
	 * in under an older version is over (F9).
	 */
	public int credentialsVersion() {
		return credentialsVersion;
	}

	public boolean hasRole(StaffRole role) {
		return roles.contains(role);
	}

	public boolean belongsTo(long municipalityId) {
		return this.municipalityId != null && this.municipalityId == municipalityId;
	}

	/** Authorities after both factors: the roles plus the second-factor marker. */
	public List<GrantedAuthority> fullAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
		roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR));
		return authorities;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(PASSWORD_FACTOR));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || lockedUntil.isBefore(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal that && that.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + id + "]";
	}

}
