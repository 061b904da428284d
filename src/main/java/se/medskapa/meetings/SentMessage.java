package se.medskapa.meetings;

import java.time.Instant;

/**
 * A message an organiser sent to everyone registered, as the event's staff page lists it.
 */
public record SentMessage(String subject, String body, int recipients, Instant sentAt) {
}
