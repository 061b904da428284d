package se.medskapa.notifications;

/** One plain-text e-mail to one recipient; {@code municipalityId} is null for platform mail. */
public record Mail(Long municipalityId, String recipient, String subject, String body) {
}
