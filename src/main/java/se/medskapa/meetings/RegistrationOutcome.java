package se.medskapa.meetings;

/**
 * The answer to a registration: confirmed, or waitlisted at {@code position} (1 for the
 * first in line); {@code token} opens the registration's own page.
 */
public record RegistrationOutcome(long registrationId, long eventId, RegistrationStatus status, int position,
		String token) {
}
