package se.medskapa.accounts.events;

/**
 * A staff member can no longer act; modules that assign work to staff return it to the
 * unit queue.
 */
public record StaffDeactivated(long staffId, long municipalityId) {
}
