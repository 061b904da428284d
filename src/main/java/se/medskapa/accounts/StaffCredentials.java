package se.medskapa.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffTokenRepository.Purpose;
import se.medskapa.notifications.Mail;
import se.medskapa.notifications.Mailer;

/** Passwords, second factor, invitations and password resets of staff. */
@Service
public class StaffCredentials {

	static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	static final Duration RESET_VALIDITY = Duration.ofHours(1);

	public static final int MIN_PASSWORD_LENGTH = 12;

	private final StaffAccountRepository staff;

	private final StaffTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	private final StaffApiTokens apiTokens;

	StaffCredentials(StaffAccountRepository staff, StaffTokenRepository tokens, PasswordEncoder passwordEncoder,
			Mailer mailer, MessageSource messages, Clock clock, @Value("${medskapa.base-url}") String baseUrl,
			StaffApiTokens apiTokens) {
		this.apiTokens = apiTokens;
		this.staff = staff;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Checks a TOTP code for a staff member who has given the right password. A wrong
	 * code counts as a failed login towards the lockout; a code is accepted once only. An
	 * account that was locked or deactivated since the password step gets no further: no
	 * code is accepted for it.
	 */
	@Transactional
	public boolean verifySecondFactor(StaffPrincipal principal, String code) {
		if (!maySignIn(principal.id())) {
			return false;
		}
		String secret = staff.totpSecret(principal.id()).orElse(null);
		OptionalLong step = secret == null ? OptionalLong.empty() : Totp.matchingStep(secret, code, clock.instant());
		if (step.isPresent() && staff.useTotpStep(principal.id(), step.getAsLong())) {
			staff.recordSuccessfulLogin(principal.id(), clock.instant());
			return true;
		}
		staff.recordFailedLogin(principal.email(), clock.instant());
		return false;
	}

	/** Whether the account is active and not locked now, so that a sign-in may go on. */
	public boolean maySignIn(long staffId) {
		return staff.findPrincipalById(staffId)
			.filter(current -> current.isEnabled() && current.isAccountNonLocked())
			.isPresent();
	}

	/**
	 * Sends a reset link when the address belongs to an active staff member; says nothing
	 * either way.
	 */
	@Transactional
	public void requestPasswordReset(String email, Locale locale) {
		staff.findPrincipalByEmail(email).filter(StaffPrincipal::isEnabled).ifPresent(principal -> {
			String token = tokens.issue(principal.id(), Purpose.PASSWORD_RESET, clock.instant().plus(RESET_VALIDITY));
			String link = baseUrl + "/staff/password-reset/new?token=" + token;
			mailer.send(new Mail(principal.municipalityId(), principal.email(),
					messages.getMessage("mail.passwordReset.subject", null, locale), messages
						.getMessage("mail.passwordReset.body", new Object[] { principal.displayName(), link }, locale))
				.withSecret(link));
		});
	}

	public boolean isValidPasswordResetToken(String token) {
		return tokens.peek(token, Purpose.PASSWORD_RESET, clock.instant()).isPresent();
	}

	/**
	 * Sets the new password and ends whatever the old credentials opened (F9): every open
	 * session (the credentials version changes), every personal API token and every other
	 * outstanding reset link.
	 */
	@Transactional
	public void resetPassword(String token, String newPassword) {
		long staffId = tokens.consume(token, Purpose.PASSWORD_RESET, clock.instant())
			.orElseThrow(InvalidTokenException::new);
		staff.setPasswordAndEndSessions(staffId, passwordEncoder.encode(newPassword));
		tokens.useUpAll(staffId, clock.instant());
		apiTokens.revokeAllOf(staffId);
	}

	public PendingInvitation invitation(String token) {
		long staffId = tokens.peek(token, Purpose.INVITATION, clock.instant()).orElseThrow(InvalidTokenException::new);
		StaffPrincipal principal = staff.findPrincipalById(staffId).orElseThrow(InvalidTokenException::new);
		String secret = staff.totpSecret(staffId).orElseThrow(InvalidTokenException::new);
		return new PendingInvitation(principal.email(), principal.displayName(), secret,
				Totp.otpauthUri("Medskapa", principal.email(), secret));
	}

	/**
	 * Accepts an invitation: the code proves the authenticator app is set up before the
	 * token is used up, so a typo does not cost the invitee their link.
	 */
	@Transactional
	public void acceptInvitation(String token, String password, String code) {
		PendingInvitation pending = invitation(token);
		OptionalLong step = Totp.matchingStep(pending.totpSecret(), code, clock.instant());
		if (step.isEmpty()) {
			throw new InvalidCodeException();
		}
		long staffId = tokens.consume(token, Purpose.INVITATION, clock.instant())
			.orElseThrow(InvalidTokenException::new);
		// The code is used up here like at sign-in, so whoever saw it typed cannot sign
		// in with it.
		staff.useTotpStep(staffId, step.getAsLong());
		staff.setPassword(staffId, passwordEncoder.encode(password));
	}

	void endOutstandingLinks(long staffId) {
		tokens.useUpAll(staffId, clock.instant());
	}

	String issueInvitation(long staffId) {
		return tokens.issue(staffId, Purpose.INVITATION, clock.instant().plus(INVITATION_VALIDITY));
	}

	String invitationLink(String token) {
		return baseUrl + "/staff/invitation?token=" + token;
	}

}
