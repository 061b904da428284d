package se.medskapa.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;

/**
 * The one answer to "may this staff member do that with this case now?". Role and unit
 * membership decide who may act; the case's own guards
 * ({@link CaseLifecycle#possibleActions}) decide what its state allows. The facade
 * requires the first on entry and leaves the second to the guarded methods, which say
 * why; the staff page and the staff API offer the combination, so they offer exactly what
 * the facade then accepts.
 */
@Component
class CasePermissions {

	private final StaffDirectory staff;

	CasePermissions(StaffDirectory staff) {
		this.staff = staff;
	}

	/** What the actor may do with the case now. */
	Set<CaseAction> allowed(StaffPrincipal actor, CaseFile file) {
		return allowed(actor, file, unitIdsOf(actor, file));
	}

	/** What the actor, a member of the given units, may do with the case now. */
	static Set<CaseAction> allowed(StaffPrincipal actor, CaseFile file, List<Long> actorUnitIds) {
		Set<CaseAction> allowed = byRole(actor, file, actorUnitIds);
		allowed.retainAll(CaseLifecycle.possibleActions(file, actor.id()));
		return allowed;
	}

	/**
	 * Refuses the action unless the actor's role and units allow it on this case; whether
	 * its state allows it is for the case's guarded method to say.
	 * @throws CaseAccessDeniedException when role or units do not allow it
	 */
	void require(CaseAction action, StaffPrincipal actor, CaseFile file) {
		if (!byRole(actor, file, unitIdsOf(actor, file)).contains(action)) {
			throw new CaseAccessDeniedException();
		}
	}

	/**
	 * Which of the municipality's cases the actor may see ({@link CaseAction#VIEW}), as a
	 * list query needs it: every case for coaches and admins, else the cases of their
	 * units and those they are the contact of; nothing for staff of another municipality.
	 * Mirrors {@link #byRole}, which {@code CasePermissionsTests} checks against it.
	 */
	static ViewScope viewScope(StaffPrincipal actor, long municipalityId, List<Long> actorUnitIds) {
		if (!actor.belongsTo(municipalityId)) {
			return new ViewScope(false, false, List.of(), actor.id());
		}
		boolean everything = actor.hasRole(StaffRole.IDEA_COACH) || actor.hasRole(StaffRole.MUNICIPALITY_ADMIN);
		return new ViewScope(true, everything, List.copyOf(actorUnitIds), actor.id());
	}

	/**
	 * The cases a reader may see: none, all, or those of the units plus those with the
	 * reader as contact.
	 */
	record ViewScope(boolean any, boolean everything, List<Long> unitIds, long staffId) {
	}

	/**
	 * Whether the actor may export the municipality's cases: its idea coaches and admins.
	 */
	static boolean mayExport(StaffPrincipal actor, long municipalityId) {
		return actor.belongsTo(municipalityId)
				&& (actor.hasRole(StaffRole.IDEA_COACH) || actor.hasRole(StaffRole.MUNICIPALITY_ADMIN));
	}

	/** Refuses the export to anyone but the municipality's idea coaches and admins. */
	static void requireExport(StaffPrincipal actor, long municipalityId) {
		if (!mayExport(actor, municipalityId)) {
			throw new CaseAccessDeniedException();
		}
	}

	/**
	 * What role and unit membership allow, whatever the case's state: coaches handle the
	 * coach queue and may act for any unit; the handlers and the lead of the case's unit
	 * answer for it and take it, only its lead assigns it; whoever may see the case (also
	 * a member without either role) keeps notes and its registry number.
	 */
	private static Set<CaseAction> byRole(StaffPrincipal actor, CaseFile file, List<Long> actorUnitIds) {
		Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
		if (!actor.belongsTo(file.municipalityId())) {
			return actions;
		}
		boolean coach = actor.hasRole(StaffRole.IDEA_COACH);
		boolean admin = actor.hasRole(StaffRole.MUNICIPALITY_ADMIN);
		boolean member = file.unitId() != null && actorUnitIds.contains(file.unitId());
		boolean contact = Long.valueOf(actor.id()).equals(file.contactStaffId());
		if (coach || admin || member || contact) {
			actions.addAll(List.of(CaseAction.VIEW, CaseAction.NOTE, CaseAction.REGISTRY_NUMBER));
		}
		if (coach) {
			actions.addAll(List.of(CaseAction.ROUTE, CaseAction.ANSWER, CaseAction.PUBLISH, CaseAction.MERGE));
		}
		// Membership alone is not enough: someone whose handler role was taken away, or
		// an
		// admin placed in a unit, still sees the case but no longer answers for it.
		boolean handlesForUnit = member && (actor.hasRole(StaffRole.HANDLER) || actor.hasRole(StaffRole.UNIT_LEAD));
		if (coach || handlesForUnit) {
			actions.addAll(List.of(CaseAction.CHANGE_STATUS, CaseAction.MESSAGE, CaseAction.HAND_OVER,
					CaseAction.RETURN, CaseAction.FORWARD));
		}
		if (handlesForUnit) {
			actions.add(CaseAction.TAKE);
		}
		if (member && actor.hasRole(StaffRole.UNIT_LEAD)) {
			actions.add(CaseAction.ASSIGN);
		}
		return actions;
	}

	/** Only membership of the case's unit matters, so no lookup without one. */
	private List<Long> unitIdsOf(StaffPrincipal actor, CaseFile file) {
		if (file.unitId() == null || !actor.belongsTo(file.municipalityId())) {
			return List.of();
		}
		return staff.unitIdsOf(file.municipalityId(), actor.id());
	}

}
