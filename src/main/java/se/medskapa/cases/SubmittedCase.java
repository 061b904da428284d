package se.medskapa.cases;

/**
 * The receipt: the reference to quote, and the private tracking token (shown once, stored
 * only as a hash).
 */
public record SubmittedCase(long id, String reference, String trackingToken, CaseStatus status) {
}
