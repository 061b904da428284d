package se.medskapa.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.events.ResidentAccountDeleted;
import se.medskapa.notifications.Mail;
import se.medskapa.notifications.Mailer;

/**
 * Resident accounts. An account comes into being the first time someone proves an address
 * by opening a sign-in link, so there is no separate registration and no password.
 */
@Service
public class Residents implements UserDetailsService {

	private static final String PROFILE_COLUMNS = "id, email, display_name, preferred_language, created_at";

	private final JdbcClient jdbc;

	private final OneTimeTokenService tokens;

	private final Mailer mailer;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	Residents(JdbcClient jdbc, OneTimeTokenService tokens, Mailer mailer, MessageSource messages,
			ApplicationEventPublisher events, Clock clock, @Value("${medskapa.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.mailer = mailer;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** E-mails a sign-in link valid for 15 minutes. */
	public void sendSignInLink(String email, Locale locale) {
		String address = normalise(email);
		OneTimeToken token = tokens.generate(new GenerateOneTimeTokenRequest(address, Duration.ofMinutes(15)));
		String link = baseUrl + "/login/ott?token=" + token.getTokenValue();
		mailer.send(new Mail(null, address, messages.getMessage("mail.signIn.subject", null, locale),
				messages.getMessage("mail.signIn.body", new Object[] { link }, locale))
			.withSecret(link));
	}

	/**
	 * Called once the one-time token has been checked: finds or creates the account for
	 * that address.
	 */
	@Override
	@Transactional
	public UserDetails loadUserByUsername(String email) {
		String address = normalise(email);
		jdbc.sql("""
				insert into resident_account (email) values (?)
				on conflict (lower(email)) where deleted_at is null do nothing""").param(address).update();
		return jdbc.sql(
				"select id, email, display_name from resident_account where lower(email) = lower(?) and deleted_at is null")
			.param(address)
			.query(ResidentPrincipal.class)
			.single();
	}

	public Optional<ResidentProfile> profile(long residentId) {
		return jdbc.sql("select " + PROFILE_COLUMNS + " from resident_account where id = ? and deleted_at is null")
			.param(residentId)
			.query(ResidentProfile.class)
			.optional();
	}

	@Transactional
	public void updateProfile(long residentId, String displayName, String preferredLanguage) {
		jdbc.sql(
				"update resident_account set display_name = ?, preferred_language = ? where id = ? and deleted_at is null")
			.params(displayName == null || displayName.isBlank() ? null : displayName.strip(), preferredLanguage,
					residentId)
			.update();
	}

	/**
	 * Deletes the account: the address and name are erased at once, the row stays
	 * (anonymous) so that public records that refer to it keep their history. Other
	 * modules anonymise on the event.
	 */
	@Transactional
	public void deleteAccount(long residentId) {
		int updated = jdbc.sql("""
				update resident_account set email = null, display_name = null, deleted_at = ?
				where id = ? and deleted_at is null""").params(Timestamp.from(clock.instant()), residentId).update();
		if (updated == 1) {
			jdbc.sql("delete from resident_identity where resident_id = ?").param(residentId).update();
			events.publishEvent(new ResidentAccountDeleted(residentId));
		}
	}

	static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

}
