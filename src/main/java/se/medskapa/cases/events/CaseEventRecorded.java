package se.medskapa.cases.events;

import java.time.Instant;

import se.medskapa.cases.CaseEventType;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseStatus;

/**
 * One timeline entry was saved; notifications react to it after the transaction commits.
 * It carries the case's facts after the change, so that a module keeping its own
 * projection (figures per unit, category or status) needs nothing from the cases tables.
 *
 * @param caseId the case
 * @param municipalityId its municipality
 * @param eventId the saved timeline entry
 * @param type what happened
 * @param occurredAt when the entry was saved
 * @param toStatus the case's status after the change ({@code null} for none recorded)
 * @param unitId the unit the case is with after the change ({@code null} in the coach
 * queue)
 * @param categoryId the case's category ({@code null} for none)
 * @param published whether the case is on the open feedback pages after the change
 * @param kind idea, proposal, complaint …
 */
public record CaseEventRecorded(long caseId, long municipalityId, long eventId, CaseEventType type, Instant occurredAt,
		CaseStatus toStatus, Long unitId, Long categoryId, boolean published, CaseKind kind) {
}
