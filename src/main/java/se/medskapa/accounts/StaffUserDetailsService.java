package se.medskapa.accounts;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff for the password step of the staff login. */
@Service
public class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository staff;

	StaffUserDetailsService(StaffAccountRepository staff) {
		this.staff = staff;
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
