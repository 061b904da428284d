package se.medskapa.contacts;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.ResidentProfile;
import se.medskapa.accounts.Residents;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.notifications.Mail;
import se.medskapa.notifications.Mailer;
import se.medskapa.shared.SecureTokens;

/**
 * The bank's mails. Every one ends with a signed link that withdraws the consent at once;
 * an invitation also carries the signed link to answer it. Links are fresh tokens of
 * which only the hash is stored.
 */
@Component
class ContactMails {

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final Residents residents;

	private final MessageSource messages;

	private final String baseUrl;

	private final Municipalities municipalities;

	ContactMails(JdbcClient jdbc, Mailer mailer, Residents residents, MessageSource messages,
			@Value("${medskapa.base-url}") String baseUrl, Municipalities municipalities) {
		this.municipalities = municipalities;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.residents = residents;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	record Recipient(long municipalityId, long memberId, long residentId, String language, String municipalityName) {
	}

	Optional<Recipient> recipient(long municipalityId, long memberId) {
		String name = municipalities.findById(municipalityId).map(Municipality::name).orElse("");
		return jdbc.sql(
				"select municipality_id, id, resident_id, language from contact_member where id = ? and municipality_id = ?")
			.params(memberId, municipalityId)
			.query((rs, row) -> new Recipient(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), name))
			.optional();
	}

	String municipalityName(long municipalityId) {
		return municipalities.findById(municipalityId).map(Municipality::name).orElse("");
	}

	void welcome(Recipient recipient) {
		send(recipient, "contacts.mail.welcome.subject", "contacts.mail.welcome.body",
				new Object[] { recipient.municipalityName() }, null);
	}

	void renewalReminder(Recipient recipient, String slug, Instant expiresAt) {
		send(recipient, "contacts.mail.renew.subject", "contacts.mail.renew.body",
				new Object[] { recipient.municipalityName(), baseUrl + "/" + slug + "/contact-bank" },
				"contact-renew-" + recipient.memberId() + "-" + expiresAt.getEpochSecond());
	}

	void invitation(Recipient recipient, long recipientRowId, String unitName, String subject, String body, String link,
			String linkTitle) {
		String answer = newLink(recipient, "ANSWER", recipientRowId);
		String text = body + (link == null ? "" : "\n\n" + (linkTitle == null ? "" : linkTitle + ": ") + link);
		send(recipient, "contacts.mail.invitation.subject", "contacts.mail.invitation.body", new Object[] { subject,
				unitName, recipient.municipalityName(), text, baseUrl + "/contact-bank/answer/" + answer },
				"contact-invitation-" + recipientRowId);
	}

	private void send(Recipient recipient, String subjectKey, String bodyKey, Object[] arguments, String dedupeKey) {
		Optional<ResidentProfile> profile = residents.profile(recipient.residentId());
		if (profile.isEmpty() || profile.get().email() == null) {
			return;
		}
		Locale locale = "en".equals(recipient.language()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
		String withdraw = baseUrl + "/contact-bank/withdraw/" + newLink(recipient, "WITHDRAW", null);
		String body = messages.getMessage(bodyKey, arguments, locale) + "\n\n"
				+ messages.getMessage("contacts.mail.withdrawFooter", new Object[] { withdraw }, locale);
		mailer.send(new Mail(recipient.municipalityId(), profile.get().email(),
				messages.getMessage(subjectKey, arguments, locale), body, dedupeKey));
	}

	private String newLink(Recipient recipient, String kind, Long recipientRowId) {
		String token = SecureTokens.newToken();
		jdbc.sql("""
				insert into contact_link (token_hash, municipality_id, member_id, kind, recipient_id)
				values (?, ?, ?, ?, ?)""")
			.params(SecureTokens.hash(token), recipient.municipalityId(), recipient.memberId(), kind, recipientRowId)
			.update();
		return token;
	}

}
