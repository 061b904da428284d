package se.medskapa.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in resident. Residents have no password: they prove their address by a
 * one-time link.
 */
public record ResidentPrincipal(long id, String email, String displayName) implements UserDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final String ROLE = "ROLE_RESIDENT";

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(ROLE));
	}

	@Override
	public String getPassword() {
		return null;
	}

	@Override
	public String getUsername() {
		// an account made by e-ID has no address until the resident gives one
		return email != null ? email : "resident-" + id;
	}

	@Override
	public String toString() {
		return "ResidentPrincipal[" + id + "]";
	}
}
