package se.medskapa.challenges;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;

/**
 * The one answer to "may this staff member do that with this challenge now?". Staff of
 * another municipality may do nothing. Members of the challenge's unit, idea coaches and
 * admins see it and score its solutions; the unit's lead, coaches and admins also edit,
 * publish, close the call, shortlist and decide. The state then narrows it down.
 */
@Component
class ChallengePermissions {

	private final StaffDirectory staff;

	ChallengePermissions(StaffDirectory staff) {
		this.staff = staff;
	}

	Set<ChallengeAction> allowed(StaffPrincipal actor, long municipalityId, long unitId, ChallengeStatus status) {
		List<Long> units = actor.belongsTo(municipalityId) ? staff.unitIdsOf(municipalityId, actor.id()) : List.of();
		return allowed(actor, municipalityId, unitId, status, units);
	}

	void require(ChallengeAction action, StaffPrincipal actor, long municipalityId, long unitId,
			ChallengeStatus status) {
		if (!allowed(actor, municipalityId, unitId, status).contains(action)) {
			throw new ChallengeAccessDeniedException();
		}
	}

	/**
	 * Whether the actor may start a challenge for the unit (as its lead, a coach or an
	 * admin).
	 */
	boolean mayCreate(StaffPrincipal actor, long municipalityId, long unitId) {
		return allowed(actor, municipalityId, unitId, ChallengeStatus.DRAFT).contains(ChallengeAction.PUBLISH);
	}

	static Set<ChallengeAction> allowed(StaffPrincipal actor, long municipalityId, long unitId, ChallengeStatus status,
			List<Long> actorUnitIds) {
		Set<ChallengeAction> actions = EnumSet.noneOf(ChallengeAction.class);
		if (!actor.belongsTo(municipalityId)) {
			return actions;
		}
		boolean coachOrAdmin = actor.hasRole(StaffRole.IDEA_COACH) || actor.hasRole(StaffRole.MUNICIPALITY_ADMIN);
		boolean member = actorUnitIds.contains(unitId);
		boolean lead = member && actor.hasRole(StaffRole.UNIT_LEAD);
		if (coachOrAdmin || member) {
			actions.add(ChallengeAction.VIEW);
			if (status == ChallengeStatus.PUBLISHED || status == ChallengeStatus.EVALUATING) {
				actions.add(ChallengeAction.EVALUATE);
			}
		}
		if (coachOrAdmin || lead) {
			if (status != ChallengeStatus.DECIDED) {
				actions.add(ChallengeAction.EDIT);
			}
			switch (status) {
				case DRAFT -> actions.add(ChallengeAction.PUBLISH);
				case PUBLISHED -> actions.addAll(List.of(ChallengeAction.START_EVALUATION, ChallengeAction.SHORTLIST));
				case EVALUATING -> actions.addAll(List.of(ChallengeAction.SHORTLIST, ChallengeAction.DECIDE));
				case DECIDED -> {
					// Nothing more to do: the decision is public.
				}
			}
		}
		return actions;
	}

}
