package se.medskapa.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static se.medskapa.shared.Text.blankToNull;

/**
 * The case as the idea sluice changes it. Every change is a guarded method: it checks
 * that the case's state allows it, changes the state, and records the timeline entry that
 * says who did what and what the resident is told. The repository saves state and entries
 * together, or not at all. The rules and refusals are {@link CaseLifecycle}'s.
 */
class CaseFile {

	/** What never changes after reading: identity, kind, version read. */
	private final CaseFileState restored;

	private CaseStatus status;

	private Long unitId;

	private Long contactStaffId;

	private Long categoryId;

	private final CasePublication publication;

	private int hops;

	private final CaseMilestones milestones;

	private String forwardedTo;

	private Long mergedIntoId;

	private String registryNumber;

	private final List<CaseFileEntry> entries = new ArrayList<>();

	/** The unit that sent the case back to the coach in this change, if it did. */
	private Long returnedFromUnitId;

	private CaseFile(CaseFileState state) {
		this.restored = state;
		this.status = state.status();
		this.unitId = state.unitId();
		this.contactStaffId = state.contactStaffId();
		this.categoryId = state.categoryId();
		this.publication = new CasePublication(state.published(), state.publicTitle(), state.publicDescription());
		this.hops = state.hops();
		this.milestones = new CaseMilestones(state.acknowledgedAt(), state.answeredAt(), state.closedAt());
		this.forwardedTo = state.forwardedTo();
		this.mergedIntoId = state.mergedIntoId();
		this.registryNumber = state.registryNumber();
	}

	/** A stored case, as the repository read it. */
	static CaseFile restore(CaseFileState state) {
		return new CaseFile(state);
	}

	/** A new case in the coach queue, not yet stored (id 0), with its SUBMITTED entry. */
	static CaseFile submitted(long municipalityId, String reference, CaseKind kind, boolean internal,
			boolean publishPermission, Long categoryId, Long submittingStaffId) {
		CaseFile file = new CaseFile(
				CaseFileState.submitted(municipalityId, reference, kind, internal, publishPermission, categoryId));
		file.entries.add(CaseFileEntry.submitted(submittingStaffId));
		return file;
	}

	CaseFileState state() {
		return new CaseFileState(restored.id(), restored.municipalityId(), restored.reference(), restored.kind(),
				restored.internal(), restored.publishPermission(), restored.version(), status, unitId, contactStaffId,
				categoryId, publication.published(), publication.title(), publication.description(), hops,
				milestones.acknowledgedAt(), milestones.answeredAt(), milestones.closedAt(), forwardedTo, mergedIntoId,
				registryNumber);
	}

	long id() {
		return restored.id();
	}

	long municipalityId() {
		return restored.municipalityId();
	}

	CaseStatus status() {
		return status;
	}

	Long unitId() {
		return unitId;
	}

	Long contactStaffId() {
		return contactStaffId;
	}

	/** The unit that returned the case to the coach queue in this change, or null. */
	Long returnedFromUnitId() {
		return returnedFromUnitId;
	}

	List<CaseFileEntry> entries() {
		return List.copyOf(entries);
	}

	boolean isOpen() {
		return milestones.isOpen();
	}

	boolean isInCoachQueue() {
		return status == CaseStatus.RECEIVED;
	}

	boolean isWithUnit() {
		return isOpen() && unitId != null && status != CaseStatus.RECEIVED;
	}

	/**
	 * The resident allowed publishing, the case is not internal, and the resident has not
	 * withdrawn it.
	 */
	boolean isPublishable() {
		return !restored.internal() && restored.publishPermission() && status != CaseStatus.WITHDRAWN;
	}

	boolean isContact(long staffId) {
		return Long.valueOf(staffId).equals(contactStaffId);
	}

	/**
	 * The coach sends a case from the coach queue to a unit, optionally publishing a
	 * reviewed version.
	 */
	void route(long coachId, long toUnitId, Long newCategoryId, Instant now) {
		CaseLifecycle.requireInCoachQueue(this);
		CaseStatus from = moveTo(CaseStatus.WITH_UNIT);
		unitId = toUnitId;
		contactStaffId = null;
		if (newCategoryId != null) {
			categoryId = newCategoryId;
		}
		record(CaseEventType.ROUTED, coachId, from, status, toUnitId, null, null);
	}

	/** Publishes the coach's reviewed version; the resident's original stays internal. */
	void publish(long coachId, String title, String description) {
		CaseLifecycle.requirePublishable(this);
		if (publication.publish(CaseLifecycle.required(title, "case.error.publicTextRequired"),
				CaseLifecycle.required(description, "case.error.publicTextRequired"))) {
			record(CaseEventType.PUBLISHED, coachId, status, status, null, null, null);
		}
	}

	void unpublish(long coachId) {
		if (publication.unpublish()) {
			record(CaseEventType.UNPUBLISHED, coachId, status, status, null, null, null);
		}
	}

	/**
	 * A handler of the unit becomes the named contact; the first contact acknowledges the
	 * case.
	 */
	void take(long handlerId, Instant now) {
		CaseLifecycle.requireWithUnit(this);
		CaseLifecycle.requireNotContact(this, handlerId);
		contactStaffId = handlerId;
		milestones.acknowledge(now);
		entries.add(CaseFileEntry.byStaff(CaseEventType.TAKEN, handlerId, status, status, unitId, null, null)
			.naming(handlerId));
	}

	/** The unit lead names the contact person. */
	void assign(long leadId, long handlerId, Instant now) {
		CaseLifecycle.requireWithUnit(this);
		contactStaffId = handlerId;
		milestones.acknowledge(now);
		entries.add(CaseFileEntry.byStaff(CaseEventType.ASSIGNED, leadId, status, status, unitId, null, null)
			.naming(handlerId));
	}

	/**
	 * To another unit: reference, history, deadlines and followers stay; a note says why.
	 */
	void handOver(long actorId, long toUnitId, String note) {
		CaseLifecycle.requireWithUnit(this);
		CaseLifecycle.requireOtherUnit(this, toUnitId);
		String why = CaseLifecycle.required(note, "case.error.noteRequired");
		CaseStatus from = moveTo(CaseStatus.WITH_UNIT);
		unitId = toUnitId;
		contactStaffId = null;
		hops++;
		record(CaseEventType.HANDED_OVER, actorId, from, status, toUnitId, null, why);
	}

	/**
	 * The case reached its municipality's e-petition threshold (participation decided):
	 * an open case goes to the unit the municipality names, from the coach queue or from
	 * another unit, and the public record says what happens next.
	 */
	void qualifyAsPetition(Long toUnitId, String message) {
		String text = CaseLifecycle.required(message, "case.error.messageRequired");
		if (isOpen() && toUnitId != null && !toUnitId.equals(unitId)) {
			CaseStatus from = moveTo(CaseStatus.WITH_UNIT);
			unitId = toUnitId;
			contactStaffId = null;
			if (from != CaseStatus.RECEIVED) {
				hops++;
			}
			record(from == CaseStatus.RECEIVED ? CaseEventType.ROUTED : CaseEventType.HANDED_OVER, null, from, status,
					toUnitId, null, text);
		}
		record(CaseEventType.PUBLIC_MESSAGE, null, status, status, unitId, text, null);
	}

	/** "Not ours": back to the coach queue with a reason, never back to the resident. */
	void returnToCoach(long actorId, String reason) {
		CaseLifecycle.requireWithUnit(this);
		String why = CaseLifecycle.required(reason, "case.error.reasonRequired");
		CaseStatus from = moveTo(CaseStatus.RECEIVED);
		returnedFromUnitId = unitId;
		unitId = null;
		contactStaffId = null;
		hops++;
		record(CaseEventType.RETURNED_TO_COACH, actorId, from, status, null, null, why);
	}

	/**
	 * The contact left (deactivated, or left the unit): the case stays with the unit, in
	 * its queue.
	 */
	void contactLeft() {
		if (isOpen() && contactStaffId != null) {
			contactStaffId = null;
			record(CaseEventType.CONTACT_LEFT, null, status, status, unitId, null, null);
		}
	}

	void changeStatus(long actorId, CaseStatus target, String publicMessage, String internalNote, Instant now) {
		CaseLifecycle.requireStatusChange(this, target, publicMessage);
		CaseStatus from = moveTo(target);
		if (blankToNull(publicMessage) != null) {
			milestones.answer(now);
		}
		if (target.isClosed()) {
			milestones.close(now);
		}
		record(CaseEventType.STATUS_CHANGED, actorId, from, target, unitId, blankToNull(publicMessage),
				blankToNull(internalNote));
	}

	/**
	 * A public message to the resident (and, when published, everyone); counts as the
	 * answer.
	 */
	void postPublicMessage(long actorId, String message, Instant now) {
		CaseLifecycle.requireWithUnit(this);
		String text = CaseLifecycle.required(message, "case.error.messageRequired");
		milestones.answer(now);
		record(CaseEventType.PUBLIC_MESSAGE, actorId, status, status, unitId, text, null);
	}

	/**
	 * A public message about the outcome of what the case took part in (the decision on a
	 * challenge it answered): told to the resident whatever the case's state, without
	 * counting as the case's answer.
	 */
	void postOutcomeMessage(long actorId, String message) {
		String text = CaseLifecycle.required(message, "case.error.messageRequired");
		record(CaseEventType.PUBLIC_MESSAGE, actorId, status, status, unitId, text, null);
	}

	void addInternalNote(long actorId, String note) {
		record(CaseEventType.INTERNAL_NOTE, actorId, status, status, unitId, null,
				CaseLifecycle.required(note, "case.error.noteRequired"));
	}

	/** The coach answers a case from the coach queue and closes it. */
	void answerDirectly(long coachId, String message, Instant now) {
		CaseLifecycle.requireInCoachQueue(this);
		String text = CaseLifecycle.required(message, "case.error.messageRequired");
		contactStaffId = coachId;
		milestones.settle(now);
		CaseStatus from = moveTo(CaseStatus.ANSWERED);
		record(CaseEventType.ANSWERED, coachId, from, status, null, text, null);
	}

	/**
	 * To another authority (the region, Trafikverket …), telling the resident whom to
	 * contact.
	 */
	void forward(long actorId, String authority, String message, Instant now) {
		CaseLifecycle.requireOpen(this);
		forwardedTo = CaseLifecycle.required(authority, "case.error.authorityRequired");
		String text = CaseLifecycle.required(message, "case.error.messageRequired");
		CaseStatus from = moveTo(CaseStatus.FORWARDED);
		milestones.settle(now);
		record(CaseEventType.FORWARDED, actorId, from, status, unitId, text, null);
	}

	void mergeInto(long coachId, CaseFile target, String message, Instant now) {
		CaseLifecycle.requireMergeableInto(this, target);
		CaseStatus from = moveTo(CaseStatus.MERGED);
		mergedIntoId = target.id();
		milestones.settle(now);
		record(CaseEventType.MERGED, coachId, from, status, unitId, blankToNull(message), null);
	}

	void withdrawByResident(Instant now) {
		CaseLifecycle.requireOpen(this);
		CaseStatus from = moveTo(CaseStatus.WITHDRAWN);
		milestones.close(now);
		entries.add(CaseFileEntry.byResident(CaseEventType.WITHDRAWN, from, status, unitId, null));
	}

	void replyFromResident(String message) {
		CaseLifecycle.requireOpen(this);
		entries.add(CaseFileEntry.byResident(CaseEventType.RESIDENT_REPLY, status, status, unitId,
				CaseLifecycle.required(message, "case.error.messageRequired")));
	}

	void setRegistryNumber(String number) {
		registryNumber = blankToNull(number);
	}

	/**
	 * @return the status before
	 */
	private CaseStatus moveTo(CaseStatus target) {
		CaseStatus from = status;
		status = target;
		return from;
	}

	private void record(CaseEventType type, Long actorId, CaseStatus from, CaseStatus to, Long eventUnitId,
			String publicMessage, String internalNote) {
		entries.add(CaseFileEntry.byStaff(type, actorId, from, to, eventUnitId, publicMessage, internalNote));
	}

}
