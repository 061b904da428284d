package se.medskapa.notifications;

import java.time.Instant;

/** A recorded e-mail, as shown on the operator's sent-mail page. */
public record SentMail(long id, Long municipalityId, String recipient, String subject, String body, Instant createdAt,
		Instant deliveredAt, String deliveryError) {
}
