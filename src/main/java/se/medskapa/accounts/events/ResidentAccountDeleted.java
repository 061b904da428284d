package se.medskapa.accounts.events;

/**
 * A resident deleted their account; modules that hold what the resident wrote anonymise
 * it.
 */
public record ResidentAccountDeleted(long residentId) {
}
