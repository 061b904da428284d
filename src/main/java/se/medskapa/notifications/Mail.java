package se.medskapa.notifications;

/**
 * One plain-text e-mail to one recipient; {@code municipalityId} is null for platform
 * mail. A {@code dedupeKey} makes the mail go out at most once, however often it is asked
 * for (an event redelivered after a crash, say).
 */
public record Mail(Long municipalityId, String recipient, String subject, String body, String dedupeKey) {

	public Mail(Long municipalityId, String recipient, String subject, String body) {
		this(municipalityId, recipient, subject, body, null);
	}
}
