package se.medskapa.cases;

import java.time.Instant;

/**
 * When a case was first acknowledged, first answered and closed: each set once, by the
 * guarded methods of the {@link CaseFile} that owns it (and never hands it out).
 */
final class CaseMilestones {

	private Instant acknowledgedAt;

	private Instant answeredAt;

	private Instant closedAt;

	CaseMilestones(Instant acknowledgedAt, Instant answeredAt, Instant closedAt) {
		this.acknowledgedAt = acknowledgedAt;
		this.answeredAt = answeredAt;
		this.closedAt = closedAt;
	}

	void acknowledge(Instant now) {
		if (acknowledgedAt == null) {
			acknowledgedAt = now;
		}
	}

	void answer(Instant now) {
		if (answeredAt == null) {
			answeredAt = now;
		}
	}

	void close(Instant now) {
		closedAt = now;
	}

	/** An outcome that tells the resident and ends the case: all three at once. */
	void settle(Instant now) {
		acknowledge(now);
		answer(now);
		close(now);
	}

	boolean isOpen() {
		return closedAt == null;
	}

	Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	Instant answeredAt() {
		return answeredAt;
	}

	Instant closedAt() {
		return closedAt;
	}

}
