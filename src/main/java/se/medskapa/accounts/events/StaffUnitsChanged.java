package se.medskapa.accounts.events;

import java.util.List;

/**
 * A staff member's units changed; work in units they left goes back to those units'
 * queues.
 */
public record StaffUnitsChanged(long staffId, long municipalityId, List<Long> unitIds) {
}
