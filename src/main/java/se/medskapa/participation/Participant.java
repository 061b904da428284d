package se.medskapa.participation;

import java.util.Set;

import org.springframework.security.core.Authentication;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;

/**
 * Who takes part: a signed-in resident, or a staff member signed in with both factors.
 * Anyone else is nobody ({@link #of} gives {@code null}) and is asked to sign in.
 */
public record Participant(Long residentId, Long staffId, Long staffMunicipalityId, Set<StaffRole> roles,
		String displayName) {

	public static Participant resident(ResidentPrincipal resident) {
		return new Participant(resident.id(), null, null, Set.of(), resident.displayName());
	}

	public static Participant staff(StaffPrincipal staff) {
		return new Participant(null, staff.id(), staff.municipalityId(), staff.roles(), staff.displayName());
	}

	/** The participant signed in, or {@code null}. */
	public static Participant of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return null;
		}
		if (authentication.getPrincipal() instanceof ResidentPrincipal resident) {
			return resident(resident);
		}
		if (authentication.getPrincipal() instanceof StaffPrincipal staff && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> StaffPrincipal.SECOND_FACTOR.equals(authority.getAuthority()))) {
			return staff(staff);
		}
		return null;
	}

	public boolean isResident() {
		return residentId != null;
	}

	/** A staff member of the given municipality. */
	public boolean isStaffOf(long municipalityId) {
		return staffId != null && staffMunicipalityId != null && staffMunicipalityId == municipalityId;
	}

	boolean wrote(CommentRow comment) {
		return (residentId != null && residentId.equals(comment.authorResidentId()))
				|| (staffId != null && staffId.equals(comment.authorStaffId()));
	}

}
