package se.medskapa.accounts;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong staff passwords; after {@value StaffAccountRepository#MAX_FAILED_LOGINS}
 * the account locks for 15 minutes.
 */
@Component
class LoginAttempts {

	private final StaffAccountRepository staff;

	private final Clock clock;

	LoginAttempts(StaffAccountRepository staff, Clock clock) {
		this.staff = staff;
		this.clock = clock;
	}

	@EventListener
	void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof String email && !email.isBlank()) {
			staff.recordFailedLogin(email, clock.instant());
		}
	}

}
