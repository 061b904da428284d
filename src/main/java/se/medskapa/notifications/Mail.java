package se.medskapa.notifications;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One plain-text e-mail to one recipient; {@code municipalityId} is null for platform
 * mail. A {@code dedupeKey} makes the mail go out at most once, however often it is asked
 * for (an event redelivered after a crash, say). {@code secrets} are the parts of the
 * body that work as a credential (a sign-in, reset, invitation or tracking link): they go
 * to the recipient but never into the record of sent mail, outside the demo without SMTP.
 * {@code attachments} go with the delivery (a calendar entry, say); most mails have none.
 * {@code senderName} is the display name of the From address ("Umeå kommun (via
 * Medskapa)"); without one the configured address goes alone.
 */
public record Mail(Long municipalityId, String recipient, String subject, String body, String dedupeKey,
		Set<String> secrets, List<MailAttachment> attachments, String senderName) {

	/** What the record of sent mail holds instead of a secret. */
	public static final String REDACTED = "[removed from the record: personal link]";

	public Mail {
		secrets = secrets == null ? Set.of() : Set.copyOf(secrets);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** A mail under the installation's own sender address (no display name). */
	public Mail(Long municipalityId, String recipient, String subject, String body, String dedupeKey,
			Set<String> secrets, List<MailAttachment> attachments) {
		this(municipalityId, recipient, subject, body, dedupeKey, secrets, attachments, null);
	}

	public Mail(Long municipalityId, String recipient, String subject, String body, String dedupeKey,
			List<MailAttachment> attachments) {
		this(municipalityId, recipient, subject, body, dedupeKey, Set.of(), attachments, null);
	}

	public Mail(Long municipalityId, String recipient, String subject, String body, String dedupeKey) {
		this(municipalityId, recipient, subject, body, dedupeKey, Set.of(), List.of(), null);
	}

	public Mail(Long municipalityId, String recipient, String subject, String body) {
		this(municipalityId, recipient, subject, body, null, Set.of(), List.of(), null);
	}

	/** The same mail with one more secret part of the body. */
	public Mail withSecret(String secret) {
		Set<String> more = new HashSet<>(secrets);
		more.add(secret);
		return new Mail(municipalityId, recipient, subject, body, dedupeKey, more, attachments, senderName);
	}

	/** The same mail sent under a display name, e.g. the municipality's. */
	public Mail withSenderName(String name) {
		return new Mail(municipalityId, recipient, subject, body, dedupeKey, secrets, attachments, name);
	}

	/** The body with every secret replaced by {@link #REDACTED}. */
	public String redactedBody() {
		String redacted = body;
		for (String secret : secrets) {
			if (!secret.isEmpty()) {
				redacted = redacted.replace(secret, REDACTED);
			}
		}
		return redacted;
	}

}
