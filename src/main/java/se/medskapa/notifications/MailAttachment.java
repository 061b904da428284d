package se.medskapa.notifications;

/**
 * A file sent with a mail, such as a calendar entry ({@code text/calendar}). Only the
 * mail's text is recorded in {@code sent_mail}; the attachment travels with the delivery.
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {
}
