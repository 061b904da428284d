package se.medskapa.accounts;

import java.util.List;

/**
 * What a staff member may do. Roles become Spring Security authorities only after the
 * second factor.
 */
public enum StaffRole {

	MUNICIPALITY_ADMIN, IDEA_COACH, HANDLER, UNIT_LEAD, PLATFORM_OPERATOR,

	/** Searches the contact bank and invites residents (module {@code contacts}). */
	CONTACT_OFFICIAL;

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Roles a municipality admin may hand out; the operator role is the installation's,
	 * not a municipality's.
	 */
	public static List<StaffRole> municipalityRoles() {
		return List.of(MUNICIPALITY_ADMIN, IDEA_COACH, HANDLER, UNIT_LEAD, CONTACT_OFFICIAL);
	}

}
