package se.medskapa.cases;

/**
 * One timeline entry was saved; notifications react to it after the transaction commits.
 */
public record CaseEventRecorded(long caseId, long municipalityId, long eventId, CaseEventType type) {
}
