package se.medskapa.contacts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;

/**
 * The one answer to "may this staff member do that with this municipality's contact
 * bank?": officials with the contact-bank role search and invite; the municipality admin
 * administers the bank and reads its audit log, but neither searches nor sees anyone;
 * contact details of an invitation are for the contact officials of its unit.
 */
final class ContactPermissions {

	private ContactPermissions() {
	}

	static Set<ContactAction> allowed(StaffPrincipal actor, long municipalityId) {
		Set<ContactAction> actions = EnumSet.noneOf(ContactAction.class);
		if (!actor.belongsTo(municipalityId)) {
			return actions;
		}
		if (actor.hasRole(StaffRole.CONTACT_OFFICIAL)) {
			actions.addAll(EnumSet.of(ContactAction.SEARCH, ContactAction.INVITE, ContactAction.READ_GUIDE));
		}
		if (actor.hasRole(StaffRole.MUNICIPALITY_ADMIN)) {
			actions.addAll(EnumSet.of(ContactAction.ADMINISTER, ContactAction.READ_AUDIT, ContactAction.READ_GUIDE));
		}
		return actions;
	}

	static void require(ContactAction action, StaffPrincipal actor, long municipalityId) {
		if (!allowed(actor, municipalityId).contains(action)) {
			throw new ContactAccessDeniedException();
		}
	}

	/**
	 * Whether the actor, a member of the given units, sees who accepted an invitation of
	 * that unit.
	 */
	static boolean mayReveal(StaffPrincipal actor, long municipalityId, long invitationUnitId,
			List<Long> actorUnitIds) {
		return allowed(actor, municipalityId).contains(ContactAction.INVITE) && actorUnitIds.contains(invitationUnitId);
	}

}
