package se.medskapa.accounts;

import java.util.List;
import java.util.Set;

/** A staff member as the municipality admin sees them. */
public record StaffMember(long id, long municipalityId, String email, String displayName, Set<StaffRole> roles,
		List<Long> unitIds, boolean active, boolean invitationPending) {
}
