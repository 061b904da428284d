package se.medskapa.challenges;

import java.time.Instant;
import java.time.LocalDate;

import static se.medskapa.shared.Text.blankToNull;

/**
 * A challenge as its unit changes it: every step a guarded method that checks the state
 * allows it. Saved only by {@link Challenges}, with a version for optimistic locking.
 */
class Challenge {

	private final long id;

	private final long municipalityId;

	private final int version;

	private ChallengeDraft draft;

	private ChallengeStatus status;

	private Instant publishedAt;

	private Instant updatedAt;

	private Instant decidedAt;

	private String decisionSummary;

	private boolean editedAfterPublication;

	Challenge(long id, long municipalityId, int version, ChallengeDraft draft, ChallengeStatus status,
			Instant publishedAt, Instant updatedAt, Instant decidedAt, String decisionSummary) {
		this.id = id;
		this.municipalityId = municipalityId;
		this.version = version;
		this.draft = draft;
		this.status = status;
		this.publishedAt = publishedAt;
		this.updatedAt = updatedAt;
		this.decidedAt = decidedAt;
		this.decisionSummary = decisionSummary;
	}

	/** A new draft, not yet stored. */
	static Challenge draft(long municipalityId, ChallengeDraft draft) {
		return new Challenge(0, municipalityId, 0, checked(draft), ChallengeStatus.DRAFT, null, null, null, null);
	}

	/** New texts; after publication the edit is logged and shown. */
	void edit(ChallengeDraft changed, Instant now) {
		if (status == ChallengeStatus.DECIDED) {
			throw new ChallengeRefusedException("challenge.error.decided");
		}
		draft = checked(changed);
		if (status != ChallengeStatus.DRAFT) {
			updatedAt = now;
			editedAfterPublication = true;
		}
	}

	void publish(Instant now, LocalDate today) {
		require(ChallengeStatus.DRAFT);
		if (draft.deadline().isBefore(today)) {
			throw new ChallengeRefusedException("challenge.error.deadlinePassed");
		}
		status = ChallengeStatus.PUBLISHED;
		publishedAt = now;
	}

	void startEvaluation() {
		require(ChallengeStatus.PUBLISHED);
		status = ChallengeStatus.EVALUATING;
	}

	void decide(String summary, Instant now) {
		require(ChallengeStatus.EVALUATING);
		decisionSummary = blankToNull(summary);
		if (decisionSummary == null) {
			throw new ChallengeRefusedException("challenge.error.summaryRequired");
		}
		status = ChallengeStatus.DECIDED;
		decidedAt = now;
	}

	/** Whether solutions may still be submitted on the given day. */
	boolean acceptsSolutions(LocalDate today) {
		return status == ChallengeStatus.PUBLISHED && !today.isAfter(draft.deadline());
	}

	private void require(ChallengeStatus expected) {
		if (status != expected) {
			throw new ChallengeRefusedException("challenge.error.status." + status);
		}
	}

	private static ChallengeDraft checked(ChallengeDraft draft) {
		if (blankToNull(draft.title()) == null || blankToNull(draft.problem()) == null
				|| blankToNull(draft.criteria()) == null || draft.deadline() == null
				|| blankToNull(draft.contactName()) == null) {
			throw new ChallengeRefusedException("challenge.error.incomplete");
		}
		return draft;
	}

	long id() {
		return id;
	}

	long municipalityId() {
		return municipalityId;
	}

	int version() {
		return version;
	}

	ChallengeDraft texts() {
		return draft;
	}

	ChallengeStatus status() {
		return status;
	}

	Instant publishedAt() {
		return publishedAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	String decisionSummary() {
		return decisionSummary;
	}

	boolean editedAfterPublication() {
		return editedAfterPublication;
	}

}
