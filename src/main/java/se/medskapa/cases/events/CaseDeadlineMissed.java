package se.medskapa.cases.events;

/** A case passed its acknowledge or answer deadline; announced once per breach. */
public record CaseDeadlineMissed(long caseId, long municipalityId, Deadline deadline) {

	public enum Deadline {

		ACKNOWLEDGE, ANSWER

	}
}
