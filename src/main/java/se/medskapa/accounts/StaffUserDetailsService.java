package se.medskapa.accounts;

import java.util.Optional;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Loads staff for the password step of the staff login. */
@Service
public class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository staff;

	private final LoginAttempts attempts;

	StaffUserDetailsService(StaffAccountRepository staff, LoginAttempts attempts) {
		this.staff = staff;
		this.attempts = attempts;
	}

	/**
	 * The provider of the password step: the same work for every address, locked per
	 * account and client address ({@link StaffPasswordAuthenticationProvider}).
	 */
	public DaoAuthenticationProvider passwordAuthentication(PasswordEncoder passwordEncoder) {
		return new StaffPasswordAuthenticationProvider(this, passwordEncoder, attempts);
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return staff.findPrincipalByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown staff"));
	}

	/**
	 * Reloads the principal, e.g. to see a deactivation that happened during the session.
	 */
	public Optional<StaffPrincipal> reload(long staffId) {
		return staff.findPrincipalById(staffId);
	}

}
