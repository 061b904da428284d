package se.medskapa.accounts;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import se.medskapa.shared.RateLimiter;

/**
 * Counts wrong staff passwords per account and client address, so that nobody can lock a
 * staff member out from their own address: after
 * {@code medskapa.staff-login.lock.per-client} (5) wrong passwords from one address
 * within the window ({@code medskapa.staff-login.lock.window}, 15 minutes) the account
 * opens to that address no more until the window ends, whatever the password; other
 * addresses still sign in. Guessing from many addresses is stopped by the account's
 * total, {@code medskapa.staff-login.lock.per-account} (50) in the window, which locks
 * the account for everyone. E-mail addresses that belong to no account are counted the
 * same way (the same work, nothing to tell them apart by). A wrong second-factor code
 * still locks the account itself ({@link StaffCredentials}): only someone with the
 * password gets that far.
 */
@Component
class LoginAttempts {

	private final RateLimiter rateLimiter;

	private final int perClient;

	private final int perAccount;

	private final Duration window;

	LoginAttempts(RateLimiter rateLimiter, @Value("${medskapa.staff-login.lock.per-client:5}") int perClient,
			@Value("${medskapa.staff-login.lock.per-account:50}") int perAccount,
			@Value("${medskapa.staff-login.lock.window:15m}") Duration window) {
		this.rateLimiter = rateLimiter;
		this.perClient = perClient;
		this.perAccount = perAccount;
		this.window = window;
	}

	/**
	 * Whether the password step is closed for this account from this address: too many
	 * wrong passwords from it, or from everywhere together.
	 */
	boolean locked(String email, String clientAddress) {
		return rateLimiter.hits(clientBucket(email, clientAddress), window) >= perClient
				|| rateLimiter.hits(accountBucket(email), window) >= perAccount;
	}

	@EventListener
	void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof String email && !email.isBlank()) {
			rateLimiter.tryAcquire(clientBucket(email, clientAddress(event.getAuthentication())), perClient, window);
			rateLimiter.tryAcquire(accountBucket(email), perAccount, window);
		}
	}

	/** A right password from the address forgets its earlier typos. */
	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
			rateLimiter.forget(clientBucket(staff.email(), clientAddress(event.getAuthentication())));
		}
	}

	static String clientAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	private static String clientBucket(String email, String clientAddress) {
		return "staff-login:" + normalised(email) + ":" + clientAddress;
	}

	private static String accountBucket(String email) {
		return "staff-login:" + normalised(email);
	}

	private static String normalised(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
