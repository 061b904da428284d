package se.medskapa.notifications;

import java.util.List;

/**
 * One plain-text e-mail to one recipient; {@code municipalityId} is null for platform
 * mail. A {@code dedupeKey} makes the mail go out at most once, however often it is asked
 * for (an event redelivered after a crash, say). {@code attachments} go with the delivery
 * (a calendar entry, say); most mails have none.
 */
public record Mail(Long municipalityId, String recipient, String subject, String body, String dedupeKey,
		List<MailAttachment> attachments) {

	public Mail {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	public Mail(Long municipalityId, String recipient, String subject, String body, String dedupeKey) {
		this(municipalityId, recipient, subject, body, dedupeKey, List.of());
	}

	public Mail(Long municipalityId, String recipient, String subject, String body) {
		this(municipalityId, recipient, subject, body, null);
	}
}
