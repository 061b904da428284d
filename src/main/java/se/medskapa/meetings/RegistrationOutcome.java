package se.medskapa.meetings;

import java.io.Serializable;

/**
 * The answer to a registration: confirmed, or waitlisted at {@code position} (1 for the
 * first in line); {@code token} opens the registration's own page. Serializable: the
 * receipt carries it across the redirect in the session, which is stored in the database.
 */
public record RegistrationOutcome(long registrationId, long eventId, RegistrationStatus status, int position,
		String token) implements Serializable {
}
