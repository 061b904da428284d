package se.medskapa.cases;

/**
 * A new case arrived; published through the event registry so the receipt mail survives a
 * crash.
 */
public record CaseSubmitted(long caseId, long municipalityId) {
}
