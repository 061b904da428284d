package se.medskapa.cases.intake;

/**
 * The new case: its id (to link it), the reference to quote and the private tracking
 * token (shown once).
 */
public record IntakeReceipt(long caseId, String reference, String trackingToken) {
}
