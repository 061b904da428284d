package se.medskapa.accounts;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
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
			// after the password: see setPostAuthenticationChecks
		});
		setPostAuthenticationChecks(StaffPasswordAuthenticationProvider::checkAccount);
	}

	/**
	 * One lock lookup for every attempt, known address or not, then Spring's password
	 * check (a dummy hash comparison for an unknown address), then the account's state.
	 */
	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		boolean lockedForClient = attempts.locked(String.valueOf(authentication.getName()),
				LoginAttempts.clientAddress(authentication));
		Authentication result = super.authenticate(authentication);
		if (lockedForClient) {
			throw new LockedException("locked for this client");
		}
		return result;
	}

	private static void checkAccount(UserDetails user) {
		if (!user.isAccountNonLocked()) {
			throw new LockedException("locked");
		}
		if (!user.isEnabled()) {
			throw new DisabledException("disabled");
		}
		if (!user.isAccountNonExpired()) {
			throw new AccountExpiredException("expired");
		}
		if (!user.isCredentialsNonExpired()) {
			throw new CredentialsExpiredException("credentials expired");
		}
	}

}
