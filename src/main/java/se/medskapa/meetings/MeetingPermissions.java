package se.medskapa.meetings;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;

/**
 * The one answer to "may this staff member do that with this event?": the municipality's
 * admins may do everything with its events, the handlers and leads of the owning unit
 * everything with their unit's events; nobody else anything, and nobody anything in
 * another municipality.
 */
@Component
class MeetingPermissions {

	private final StaffDirectory staff;

	MeetingPermissions(StaffDirectory staff) {
		this.staff = staff;
	}

	Set<MeetingAction> allowed(StaffPrincipal actor, MeetingEvent event) {
		return allowed(actor, event.municipalityId(), event.unitId(), unitIdsOf(actor, event.municipalityId()));
	}

	/** The matrix, without lookups: role, municipality and the actor's units. */
	static Set<MeetingAction> allowed(StaffPrincipal actor, long municipalityId, long unitId, List<Long> actorUnitIds) {
		if (mayOrganise(actor, municipalityId, unitId, actorUnitIds)) {
			return EnumSet.allOf(MeetingAction.class);
		}
		return EnumSet.noneOf(MeetingAction.class);
	}

	/** Whether the actor may arrange events for the unit. */
	static boolean mayOrganise(StaffPrincipal actor, long municipalityId, long unitId, List<Long> actorUnitIds) {
		if (actor == null || !actor.belongsTo(municipalityId)) {
			return false;
		}
		if (actor.hasRole(StaffRole.MUNICIPALITY_ADMIN)) {
			return true;
		}
		return (actor.hasRole(StaffRole.HANDLER) || actor.hasRole(StaffRole.UNIT_LEAD))
				&& actorUnitIds.contains(unitId);
	}

	/**
	 * Whether the actor may create and publish the municipality's programmes: its admins.
	 */
	static boolean mayAdministerProgrammes(StaffPrincipal actor, long municipalityId) {
		return actor != null && actor.belongsTo(municipalityId) && actor.hasRole(StaffRole.MUNICIPALITY_ADMIN);
	}

	void requireProgrammeAdmin(StaffPrincipal actor, long municipalityId) {
		if (!mayAdministerProgrammes(actor, municipalityId)) {
			throw new MeetingAccessDeniedException();
		}
	}

	void require(MeetingAction action, StaffPrincipal actor, MeetingEvent event) {
		if (!allowed(actor, event).contains(action)) {
			throw new MeetingAccessDeniedException();
		}
	}

	void requireOrganiser(StaffPrincipal actor, long municipalityId, long unitId) {
		if (!mayOrganise(actor, municipalityId, unitId, unitIdsOf(actor, municipalityId))) {
			throw new MeetingAccessDeniedException();
		}
	}

	/** The units whose events the actor arranges; null for all (an admin). */
	List<Long> organisedUnits(StaffPrincipal actor, long municipalityId) {
		if (!actor.belongsTo(municipalityId)) {
			return List.of();
		}
		if (actor.hasRole(StaffRole.MUNICIPALITY_ADMIN)) {
			return null;
		}
		if (!actor.hasRole(StaffRole.HANDLER) && !actor.hasRole(StaffRole.UNIT_LEAD)) {
			return List.of();
		}
		return unitIdsOf(actor, municipalityId);
	}

	private List<Long> unitIdsOf(StaffPrincipal actor, long municipalityId) {
		if (actor == null || !actor.belongsTo(municipalityId)) {
			return List.of();
		}
		return staff.unitIdsOf(municipalityId, actor.id());
	}

}
