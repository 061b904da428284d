package se.medskapa.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.medskapa.cases.CaseAction;
import se.medskapa.cases.CaseEventType;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.StaffCaseDetail;
import se.medskapa.cases.StaffCaseSummary;

/**
 * The staff API's request and response bodies. They are the published contract, so they
 * are records of their own rather than the read models, which may change with the pages.
 */
final class StaffCaseApi {

	private StaffCaseApi() {
	}

	/**
	 * The caller's queues; {@code coachQueue} and {@code overdue} only for idea coaches,
	 * else null.
	 */
	record Queues(List<CaseSummary> coachQueue, List<CaseSummary> overdue, List<CaseSummary> unitQueue,
			List<CaseSummary> myCases) {
	}

	/** One line of a queue, with its deadlines and whether they are missed. */
	record CaseSummary(String reference, CaseKind kind, String title, CaseStatus status, Instant submittedAt,
			String unitName, String contactName, LocalDate acknowledgeDue, LocalDate answerDue,
			boolean acknowledgeOverdue, boolean answerOverdue, int hops) {

		static CaseSummary of(StaffCaseSummary summary) {
			return new CaseSummary(summary.reference(), summary.kind(), summary.title(), summary.status(),
					summary.submittedAt(), summary.unitName(), summary.contactName(), summary.acknowledgeDue(),
					summary.answerDue(), summary.acknowledgeOverdue(), summary.answerOverdue(), summary.hops());
		}

		static List<CaseSummary> of(List<StaffCaseSummary> summaries) {
			return summaries == null ? null : summaries.stream().map(CaseSummary::of).toList();
		}
	}

	/**
	 * Everything staff see about a case: the resident's original text and contact
	 * details, the reviewed public version, and the whole timeline with internal notes
	 * and resident replies. {@code actions} are what the caller may do with the case now,
	 * {@code statusTargets} the statuses a status change to accepts now: the API refuses
	 * the others as the page does not offer them.
	 */
	record CaseDetail(String reference, CaseKind kind, CaseStatus status, String title, String description,
			String place, String submitterName, String submitterEmail, boolean internal, boolean publishPermission,
			boolean published, String publicTitle, String publicDescription, Long categoryId, String categoryName,
			Long unitId, String unitName, Long contactStaffId, String contactName, Instant submittedAt,
			LocalDate acknowledgeDue, LocalDate answerDue, Instant acknowledgedAt, Instant answeredAt, Instant closedAt,
			boolean acknowledgeOverdue, boolean answerOverdue, int hops, String registryNumber, String forwardedTo,
			String mergedIntoReference, List<TimelineEntry> timeline, Set<CaseAction> actions,
			List<CaseStatus> statusTargets) {

		static CaseDetail of(StaffCaseDetail d) {
			return new CaseDetail(d.reference(), d.kind(), d.status(), d.title(), d.description(), d.place(),
					d.submitterName(), d.submitterEmail(), d.internal(), d.publishPermission(), d.published(),
					d.publicTitle(), d.publicDescription(), d.categoryId(), d.categoryName(), d.unitId(), d.unitName(),
					d.contactStaffId(), d.contactName(), d.submittedAt(), d.acknowledgeDue(), d.answerDue(),
					d.acknowledgedAt(), d.answeredAt(), d.closedAt(), d.acknowledgeOverdue(), d.answerOverdue(),
					d.hops(), d.registryNumber(), d.forwardedTo(), d.mergedIntoReference(),
					d.timeline().stream().map(TimelineEntry::of).toList(), d.actions(), d.statusTargets());
		}
	}

	/**
	 * A timeline entry: who did what, what the resident was told, and what stayed
	 * internal.
	 */
	record TimelineEntry(Instant occurredAt, CaseEventType type, String actorName, boolean actorResident,
			CaseStatus toStatus, String unitName, String publicMessage, String internalNote, String residentMessage) {

		static TimelineEntry of(StaffCaseDetail.Entry e) {
			return new TimelineEntry(e.occurredAt(), e.type(), e.actorName(), e.actorResident(), e.toStatus(),
					e.unitName(), e.publicMessage(), e.internalNote(), e.residentMessage());
		}
	}

	/**
	 * The coach routes a case from the coach queue to a unit. With a public title and
	 * description, the reviewed version (no personal data) is published at the same time.
	 */
	record RouteRequest(@NotNull Long unitId, Long categoryId, @Size(max = 150) String publicTitle,
			@Size(max = 10000) String publicDescription) {
	}

	/** To another unit, with a note saying why; reference, history and deadlines stay. */
	record HandOverRequest(@NotNull Long toUnitId, @Size(max = 10000) String note) {
	}

	/**
	 * A new status: INVESTIGATING, PLANNED, PILOTED, IMPLEMENTED, DECLINED (public
	 * message with the reason required) or ANSWERED (public message required).
	 */
	record StatusRequest(@NotNull CaseStatus status, @Size(max = 10000) String publicMessage,
			@Size(max = 10000) String internalNote) {
	}

	/** An internal note: staff only, never shown to the resident or the public. */
	record NoteRequest(@Size(max = 10000) String note) {
	}

}
