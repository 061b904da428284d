package se.medskapa.accounts;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password step of the staff sign-in, doing the same work for every address: an
 * unknown address, a locked or deactivated account and a wrong password each cost one
 * password hash comparison and the same lookups, and all end in the same "wrong address
 * or password" answer. Spring's own provider refuses a locked or deactivated account
 * before hashing, which made such an account measurably faster to refuse, so a locked
 * account told an attacker that the address belongs to staff. Here those checks come
 * after the password. Whether the account is locked for this client comes from
 * {@link LoginAttempts} (per account and address).
 */
class StaffPasswordAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginAttempts attempts;

	StaffPasswordAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginAttempts attempts) {
		super(users);
		this.attempts = attempts;
		setPasswordEncoder(passwordEncoder);
		setPreAuthenticationChecks(user -> {
			// after the password, in additionalAuthenticationChecks
		});
	}

	@Override
	protected UserDetails retrieveUser(String username, UsernamePasswordAuthenticationToken authentication) {
		try {
			return super.retrieveUser(username, authentication);
		}
		catch (UsernameNotFoundException ex) {
			// The lookup a known address makes, so that an unknown one takes as long.
			attempts.locked(username, LoginAttempts.clientAddress(authentication));
			throw ex;
		}
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
			throws AuthenticationException {
		boolean lockedForClient = attempts.locked(user.getUsername(), LoginAttempts.clientAddress(authentication));
		super.additionalAuthenticationChecks(user, authentication);
		if (lockedForClient || !user.isAccountNonLocked()) {
			throw new LockedException("locked");
		}
		if (!user.isEnabled()) {
			throw new DisabledException("disabled");
		}
		if (!user.isAccountNonExpired()) {
			throw new AccountExpiredException("expired");
		}
	}

}
