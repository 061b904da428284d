package se.medskapa.participation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import se.medskapa.accounts.StaffRole;

/**
 * The one answer to "may this participant do that now?". Residents support; residents and
 * the municipality's own staff comment; authors edit within {@link #EDIT_WINDOW} and
 * delete; the municipality's coaches, unit staff and admins mark a staff comment as the
 * official answer. Staff of another municipality may do nothing here.
 */
final class ParticipationPermissions {

	static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

	private ParticipationPermissions() {
	}

	/** What the participant may do on the item (not on one comment). */
	static Set<ParticipationAction> onItem(Participant actor, long municipalityId) {
		Set<ParticipationAction> actions = EnumSet.noneOf(ParticipationAction.class);
		if (actor == null) {
			return actions;
		}
		if (actor.isResident()) {
			actions.add(ParticipationAction.SUPPORT);
			actions.add(ParticipationAction.COMMENT);
			actions.add(ParticipationAction.FOLLOW);
		}
		if (actor.isStaffOf(municipalityId)) {
			actions.add(ParticipationAction.COMMENT);
		}
		return actions;
	}

	/** What the participant may do with one comment now. */
	static Set<ParticipationAction> onComment(Participant actor, CommentRow comment, Instant now) {
		Set<ParticipationAction> actions = EnumSet.noneOf(ParticipationAction.class);
		if (actor == null || comment.deleted() || comment.hidden()) {
			return actions;
		}
		boolean ownMunicipality = actor.isResident() || actor.isStaffOf(comment.municipalityId());
		if (!ownMunicipality) {
			return actions;
		}
		if (comment.parentId() == null) {
			actions.add(ParticipationAction.COMMENT);
		}
		if (actor.wrote(comment)) {
			actions.add(ParticipationAction.DELETE);
			if (now.isBefore(comment.createdAt().plus(EDIT_WINDOW))) {
				actions.add(ParticipationAction.EDIT);
			}
		}
		if (comment.byStaff() && actor.isStaffOf(comment.municipalityId())
				&& (actor.roles().contains(StaffRole.IDEA_COACH) || actor.roles().contains(StaffRole.UNIT_LEAD)
						|| actor.roles().contains(StaffRole.HANDLER)
						|| actor.roles().contains(StaffRole.MUNICIPALITY_ADMIN))) {
			actions.add(ParticipationAction.MARK_OFFICIAL);
		}
		return actions;
	}

	/**
	 * Residents and the municipality's own staff report comments and cases (ADR 0031).
	 */
	static boolean mayReport(Participant actor, long municipalityId) {
		return actor != null && (actor.isResident() || actor.isStaffOf(municipalityId));
	}

	/** The municipality's idea coaches moderate its reported items. */
	static boolean mayModerate(Participant actor, long municipalityId) {
		return actor != null && actor.isStaffOf(municipalityId) && actor.roles().contains(StaffRole.IDEA_COACH);
	}

	static void require(Set<ParticipationAction> allowed, ParticipationAction action) {
		if (!allowed.contains(action)) {
			throw new ParticipationRefusedException("participation.error.notAllowed");
		}
	}

}
