package se.medskapa.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static se.medskapa.shared.Text.blankToNull;

/**
 * The idea sluice's rules: where a handler may move a case, which actions a case's state
 * allows, and the refusals {@link CaseFile}'s guarded methods throw before they change
 * anything. Offers and guards use the same predicates, so what is offered is what is
 * accepted.
 */
final class CaseLifecycle {

	/**
	 * Where a handler may move a case that is with a unit. Closing outcomes are final.
	 */
	private static final Map<CaseStatus, Set<CaseStatus>> STATUS_CHANGES = Map.of(CaseStatus.WITH_UNIT,
			EnumSet.of(CaseStatus.INVESTIGATING, CaseStatus.PLANNED, CaseStatus.PILOTED, CaseStatus.IMPLEMENTED,
					CaseStatus.DECLINED, CaseStatus.ANSWERED),
			CaseStatus.INVESTIGATING,
			EnumSet.of(CaseStatus.PLANNED, CaseStatus.PILOTED, CaseStatus.IMPLEMENTED, CaseStatus.DECLINED,
					CaseStatus.ANSWERED),
			CaseStatus.PLANNED,
			EnumSet.of(CaseStatus.INVESTIGATING, CaseStatus.PILOTED, CaseStatus.IMPLEMENTED, CaseStatus.DECLINED),
			CaseStatus.PILOTED, EnumSet.of(CaseStatus.PLANNED, CaseStatus.IMPLEMENTED, CaseStatus.DECLINED));

	private CaseLifecycle() {
	}

	static void requireOpen(CaseFile file) {
		if (!file.isOpen()) {
			throw new InvalidCaseActionException("case.error.closed");
		}
	}

	static void requireInCoachQueue(CaseFile file) {
		if (!file.isInCoachQueue()) {
			throw new InvalidCaseActionException("case.error.invalidTransition");
		}
	}

	static void requireWithUnit(CaseFile file) {
		requireOpen(file);
		if (!file.isWithUnit()) {
			throw new InvalidCaseActionException("case.error.notWithUnit");
		}
	}

	static void requirePublishable(CaseFile file) {
		if (file.status() == CaseStatus.WITHDRAWN) {
			throw new InvalidCaseActionException("case.error.withdrawnNotPublishable");
		}
		if (!file.isPublishable()) {
			throw new InvalidCaseActionException("case.error.noPublishPermission");
		}
	}

	static void requireNotContact(CaseFile file, long staffId) {
		if (file.isContact(staffId)) {
			throw new InvalidCaseActionException("case.error.alreadyYours");
		}
	}

	static void requireOtherUnit(CaseFile file, long unitId) {
		if (Long.valueOf(unitId).equals(file.unitId())) {
			throw new InvalidCaseActionException("case.error.sameUnit");
		}
	}

	/**
	 * A status change needs a contact, a target of the table, and a public message for
	 * the outcomes that are one (declined, answered).
	 */
	static void requireStatusChange(CaseFile file, CaseStatus target, String publicMessage) {
		requireWithUnit(file);
		if (file.contactStaffId() == null) {
			throw new InvalidCaseActionException("case.error.takeFirst");
		}
		if (target == file.status()) {
			// The page offers the current status first, so that nothing moves by haste.
			throw new InvalidCaseActionException("case.error.statusUnchanged");
		}
		if (!statusTargets(file).contains(target)) {
			throw new InvalidCaseActionException("case.error.invalidTransition");
		}
		if ((target == CaseStatus.DECLINED || target == CaseStatus.ANSWERED) && blankToNull(publicMessage) == null) {
			throw new InvalidCaseActionException(
					target == CaseStatus.DECLINED ? "case.error.declineReasonRequired" : "case.error.messageRequired");
		}
	}

	/** Only into another open case of the same municipality. */
	static void requireMergeableInto(CaseFile file, CaseFile target) {
		requireOpen(file);
		if (target.id() == file.id() || target.municipalityId() != file.municipalityId()) {
			throw new InvalidCaseActionException("case.error.mergeTarget");
		}
		if (!target.isOpen()) {
			throw new InvalidCaseActionException("case.error.mergeTargetClosed");
		}
	}

	/**
	 * The text, stripped; refused with the message key when nothing but blanks, and as
	 * too long over {@link CaseHandling#MAX_TEXT_LENGTH} characters (F6).
	 */
	static String required(String text, String messageKey) {
		String stripped = blankToNull(text);
		if (stripped == null) {
			throw new InvalidCaseActionException(messageKey);
		}
		if (stripped.length() > CaseHandling.MAX_TEXT_LENGTH) {
			throw new InvalidCaseActionException("case.error.textTooLong");
		}
		return stripped;
	}

	/**
	 * The statuses {@link CaseFile#changeStatus} accepts now: none before a contact has
	 * taken the case.
	 */
	static Set<CaseStatus> statusTargets(CaseFile file) {
		if (!file.isWithUnit() || file.contactStaffId() == null) {
			return Set.of();
		}
		return STATUS_CHANGES.getOrDefault(file.status(), Set.of());
	}

	/**
	 * What the case's state allows the given staff member to do, whoever may do it: the
	 * same conditions the guarded methods check first. Text and choices still have to be
	 * valid.
	 */
	static Set<CaseAction> possibleActions(CaseFile file, long actorId) {
		Set<CaseAction> actions = EnumSet.of(CaseAction.VIEW, CaseAction.NOTE, CaseAction.REGISTRY_NUMBER);
		if (file.isInCoachQueue()) {
			actions.addAll(List.of(CaseAction.ROUTE, CaseAction.ANSWER));
		}
		if (file.isPublishable()) {
			actions.add(CaseAction.PUBLISH);
		}
		if (file.isWithUnit()) {
			actions.addAll(List.of(CaseAction.ASSIGN, CaseAction.HAND_OVER, CaseAction.RETURN, CaseAction.MESSAGE));
			if (!file.isContact(actorId)) {
				actions.add(CaseAction.TAKE);
			}
		}
		if (!statusTargets(file).isEmpty()) {
			actions.add(CaseAction.CHANGE_STATUS);
		}
		if (file.isOpen()) {
			actions.addAll(List.of(CaseAction.FORWARD, CaseAction.MERGE));
		}
		return actions;
	}

}
