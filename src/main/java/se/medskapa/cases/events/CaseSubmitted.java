package se.medskapa.cases.events;

import java.time.Instant;

import se.medskapa.cases.CaseKind;

/**
 * A new case arrived; published through the event registry so the receipt mail survives a
 * crash. It starts in the coach queue ({@code RECEIVED}, no unit).
 *
 * @param caseId the new case
 * @param municipalityId its municipality
 * @param submittedAt when it was submitted
 * @param kind idea, proposal, complaint …
 * @param categoryId the category chosen on submission ({@code null} for none)
 */
public record CaseSubmitted(long caseId, long municipalityId, Instant submittedAt, CaseKind kind, Long categoryId) {
}
