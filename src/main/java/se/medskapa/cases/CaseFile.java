package se.medskapa.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case as the idea sluice changes it. Every change is a guarded method: it checks
 * that the case's state allows it, changes the state, and records the timeline entry that
 * says who did what and what the resident is told. The repository saves state and entries
 * together, or not at all.
 */
class CaseFile {

	/**
	 * Where a handler may move a case that is with a unit. Closing outcomes are final.
	 */
	private static final Map<CaseStatus, Set<CaseStatus>> STATUS_CHANGES = Map.of(CaseStatus.WITH_UNIT,
			EnumSet.of(CaseStatus.INVESTIGATING, CaseStatus.PLANNED, CaseStatus.PILOTED, CaseStatus.IMPLEMENTED,
					CaseStatus.DECLINED, CaseStatus.ANSWERED),
			CaseStatus.INVESTIGATING,
			EnumSet.of(CaseStatus.PLANNED, CaseStatus.PILOTED, CaseStatus.IMPLEMENTED, CaseStatus.DECLINED,
					CaseStatus.ANSWERED),
			CaseStatus.PLANNED,
			EnumSet.of(CaseStatus.INVESTIGATING, CaseStatus.PILOTED, CaseStatus.IMPLEMENTED, CaseStatus.DECLINED),
			CaseStatus.PILOTED, EnumSet.of(CaseStatus.PLANNED, CaseStatus.IMPLEMENTED, CaseStatus.DECLINED));

	private final long id;

	private final long municipalityId;

	private final String reference;

	private final boolean internal;

	private final boolean publishPermission;

	private final int version;

	private CaseStatus status;

	private Long unitId;

	private Long contactStaffId;

	private Long categoryId;

	private boolean published;

	private String publicTitle;

	private String publicDescription;

	private int hops;

	private Instant acknowledgedAt;

	private Instant answeredAt;

	private Instant closedAt;

	private String forwardedTo;

	private Long mergedIntoId;

	private String registryNumber;

	private final List<Entry> entries = new ArrayList<>();

	private CaseFile(State state) {
		this.id = state.id();
		this.municipalityId = state.municipalityId();
		this.reference = state.reference();
		this.internal = state.internal();
		this.publishPermission = state.publishPermission();
		this.version = state.version();
		this.status = state.status();
		this.unitId = state.unitId();
		this.contactStaffId = state.contactStaffId();
		this.categoryId = state.categoryId();
		this.published = state.published();
		this.publicTitle = state.publicTitle();
		this.publicDescription = state.publicDescription();
		this.hops = state.hops();
		this.acknowledgedAt = state.acknowledgedAt();
		this.answeredAt = state.answeredAt();
		this.closedAt = state.closedAt();
		this.forwardedTo = state.forwardedTo();
		this.mergedIntoId = state.mergedIntoId();
		this.registryNumber = state.registryNumber();
	}

	/**
	 * The stored state of a case as the repository reads and writes it; only the guarded
	 * methods change it in between.
	 */
	record State(long id, long municipalityId, String reference, boolean internal, boolean publishPermission,
			int version, CaseStatus status, Long unitId, Long contactStaffId, Long categoryId, boolean published,
			String publicTitle, String publicDescription, int hops, Instant acknowledgedAt, Instant answeredAt,
			Instant closedAt, String forwardedTo, Long mergedIntoId, String registryNumber) {
	}

	/** A stored case, as the repository read it. */
	static CaseFile restore(State state) {
		return new CaseFile(state);
	}

	/**
	 * A new case in the coach queue, not yet stored (id 0), with its SUBMITTED entry: by
	 * the staff member for an internal idea, else by the resident.
	 */
	static CaseFile submitted(long municipalityId, String reference, boolean internal, boolean publishPermission,
			Long categoryId, Long submittingStaffId) {
		CaseFile file = new CaseFile(new State(0, municipalityId, reference, internal, publishPermission && !internal,
				0, CaseStatus.RECEIVED, null, null, categoryId, false, null, null, 0, null, null, null, null, null,
				null));
		file.entries.add(new Entry(CaseEventType.SUBMITTED, submittingStaffId, submittingStaffId == null, null,
				CaseStatus.RECEIVED, null, null, null, null));
		return file;
	}

	State state() {
		return new State(id, municipalityId, reference, internal, publishPermission, version, status, unitId,
				contactStaffId, categoryId, published, publicTitle, publicDescription, hops, acknowledgedAt, answeredAt,
				closedAt, forwardedTo, mergedIntoId, registryNumber);
	}

	long id() {
		return id;
	}

	long municipalityId() {
		return municipalityId;
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

	/**
	 * What the case's state allows the given staff member to do, whoever may do it: the
	 * same conditions the guarded methods check first. Text and choices still have to be
	 * valid.
	 */
	Set<CaseAction> possibleActions(long actorId) {
		Set<CaseAction> actions = EnumSet.of(CaseAction.VIEW, CaseAction.NOTE, CaseAction.REGISTRY_NUMBER);
		if (isInCoachQueue()) {
			actions.addAll(List.of(CaseAction.ROUTE, CaseAction.ANSWER));
		}
		if (isPublishable()) {
			actions.add(CaseAction.PUBLISH);
		}
		if (isWithUnit()) {
			actions.addAll(List.of(CaseAction.ASSIGN, CaseAction.HAND_OVER, CaseAction.RETURN, CaseAction.MESSAGE));
			if (!isContact(actorId)) {
				actions.add(CaseAction.TAKE);
			}
		}
		if (!statusTargets().isEmpty()) {
			actions.add(CaseAction.CHANGE_STATUS);
		}
		if (isOpen()) {
			actions.addAll(List.of(CaseAction.FORWARD, CaseAction.MERGE));
		}
		return actions;
	}

	/**
	 * The statuses {@link #changeStatus} accepts now: none before a contact has taken the
	 * case.
	 */
	Set<CaseStatus> statusTargets() {
		if (!isWithUnit() || contactStaffId == null) {
			return Set.of();
		}
		return STATUS_CHANGES.getOrDefault(status, Set.of());
	}

	/** A timeline entry waiting to be saved. */
	record Entry(CaseEventType type, Long actorStaffId, boolean actorResident, CaseStatus fromStatus,
			CaseStatus toStatus, Long unitId, String publicMessage, String internalNote, String residentMessage) {
	}

	List<Entry> entries() {
		return List.copyOf(entries);
	}

	boolean isOpen() {
		return closedAt == null;
	}

	/**
	 * The coach sends a case from the coach queue to a unit, optionally publishing a
	 * reviewed version.
	 */
	void route(long coachId, long toUnitId, Long newCategoryId, Instant now) {
		requireInCoachQueue();
		CaseStatus from = status;
		status = CaseStatus.WITH_UNIT;
		unitId = toUnitId;
		contactStaffId = null;
		if (newCategoryId != null) {
			categoryId = newCategoryId;
		}
		record(CaseEventType.ROUTED, coachId, from, status, toUnitId, null, null);
	}

	/** Publishes the coach's reviewed version; the resident's original stays internal. */
	void publish(long coachId, String title, String description) {
		if (!isPublishable()) {
			throw new InvalidCaseActionException("case.error.noPublishPermission");
		}
		publicTitle = required(title, "case.error.publicTextRequired");
		publicDescription = required(description, "case.error.publicTextRequired");
		boolean wasPublished = published;
		published = true;
		if (!wasPublished) {
			record(CaseEventType.PUBLISHED, coachId, status, status, null, null, null);
		}
	}

	void unpublish(long coachId) {
		if (published) {
			published = false;
			record(CaseEventType.UNPUBLISHED, coachId, status, status, null, null, null);
		}
	}

	/**
	 * A handler of the unit becomes the named contact; the first contact acknowledges the
	 * case.
	 */
	void take(long handlerId, Instant now) {
		requireWithUnit();
		if (isContact(handlerId)) {
			throw new InvalidCaseActionException("case.error.alreadyYours");
		}
		contactStaffId = handlerId;
		acknowledge(now);
		record(CaseEventType.TAKEN, handlerId, status, status, unitId, null, null);
	}

	/** The unit lead names the contact person. */
	void assign(long leadId, long handlerId, Instant now) {
		requireWithUnit();
		contactStaffId = handlerId;
		acknowledge(now);
		record(CaseEventType.ASSIGNED, leadId, status, status, unitId, null, null);
	}

	/**
	 * To another unit: reference, history, deadlines and followers stay; a note says why.
	 */
	void handOver(long actorId, long toUnitId, String note) {
		requireWithUnit();
		if (toUnitId == unitId) {
			throw new InvalidCaseActionException("case.error.sameUnit");
		}
		String why = required(note, "case.error.noteRequired");
		CaseStatus from = status;
		unitId = toUnitId;
		contactStaffId = null;
		status = CaseStatus.WITH_UNIT;
		hops++;
		record(CaseEventType.HANDED_OVER, actorId, from, status, toUnitId, null, why);
	}

	/** "Not ours": back to the coach queue with a reason, never back to the resident. */
	void returnToCoach(long actorId, String reason) {
		requireWithUnit();
		String why = required(reason, "case.error.reasonRequired");
		CaseStatus from = status;
		unitId = null;
		contactStaffId = null;
		status = CaseStatus.RECEIVED;
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
		requireWithUnit();
		if (contactStaffId == null) {
			throw new InvalidCaseActionException("case.error.takeFirst");
		}
		if (!statusTargets().contains(target)) {
			throw new InvalidCaseActionException("case.error.invalidTransition");
		}
		if ((target == CaseStatus.DECLINED || target == CaseStatus.ANSWERED) && isBlank(publicMessage)) {
			throw new InvalidCaseActionException(
					target == CaseStatus.DECLINED ? "case.error.declineReasonRequired" : "case.error.messageRequired");
		}
		CaseStatus from = status;
		status = target;
		if (!isBlank(publicMessage)) {
			answer(now);
		}
		if (target.isClosed()) {
			close(now);
		}
		record(CaseEventType.STATUS_CHANGED, actorId, from, target, unitId, trimmed(publicMessage),
				trimmed(internalNote));
	}

	/**
	 * A public message to the resident (and, when published, everyone); counts as the
	 * answer.
	 */
	void postPublicMessage(long actorId, String message, Instant now) {
		requireWithUnit();
		String text = required(message, "case.error.messageRequired");
		answer(now);
		record(CaseEventType.PUBLIC_MESSAGE, actorId, status, status, unitId, text, null);
	}

	void addInternalNote(long actorId, String note) {
		record(CaseEventType.INTERNAL_NOTE, actorId, status, status, unitId, null,
				required(note, "case.error.noteRequired"));
	}

	/** The coach answers a case from the coach queue and closes it. */
	void answerDirectly(long coachId, String message, Instant now) {
		requireInCoachQueue();
		String text = required(message, "case.error.messageRequired");
		contactStaffId = coachId;
		acknowledge(now);
		answer(now);
		CaseStatus from = status;
		status = CaseStatus.ANSWERED;
		close(now);
		record(CaseEventType.ANSWERED, coachId, from, status, null, text, null);
	}

	/**
	 * To another authority (the region, Trafikverket …), telling the resident whom to
	 * contact.
	 */
	void forward(long actorId, String authority, String message, Instant now) {
		requireOpen();
		forwardedTo = required(authority, "case.error.authorityRequired");
		String text = required(message, "case.error.messageRequired");
		CaseStatus from = status;
		status = CaseStatus.FORWARDED;
		acknowledge(now);
		answer(now);
		close(now);
		record(CaseEventType.FORWARDED, actorId, from, status, unitId, text, null);
	}

	void mergeInto(long coachId, CaseFile target, String message, Instant now) {
		requireOpen();
		if (target.id == id || target.municipalityId != municipalityId) {
			throw new InvalidCaseActionException("case.error.mergeTarget");
		}
		if (!target.isOpen()) {
			throw new InvalidCaseActionException("case.error.mergeTargetClosed");
		}
		CaseStatus from = status;
		status = CaseStatus.MERGED;
		mergedIntoId = target.id;
		acknowledge(now);
		answer(now);
		close(now);
		record(CaseEventType.MERGED, coachId, from, status, unitId, trimmed(message), null);
	}

	void withdrawByResident(Instant now) {
		requireOpen();
		CaseStatus from = status;
		status = CaseStatus.WITHDRAWN;
		close(now);
		entries.add(new Entry(CaseEventType.WITHDRAWN, null, true, from, status, unitId, null, null, null));
	}

	void replyFromResident(String message) {
		requireOpen();
		entries.add(new Entry(CaseEventType.RESIDENT_REPLY, null, true, status, status, unitId, null, null,
				required(message, "case.error.messageRequired")));
	}

	void setRegistryNumber(String number) {
		registryNumber = isBlank(number) ? null : number.strip();
	}

	private void acknowledge(Instant now) {
		if (acknowledgedAt == null) {
			acknowledgedAt = now;
		}
	}

	private void answer(Instant now) {
		if (answeredAt == null) {
			answeredAt = now;
		}
	}

	private void close(Instant now) {
		closedAt = now;
	}

	private boolean isInCoachQueue() {
		return status == CaseStatus.RECEIVED;
	}

	private boolean isWithUnit() {
		return isOpen() && unitId != null && status != CaseStatus.RECEIVED;
	}

	private boolean isPublishable() {
		return !internal && publishPermission;
	}

	private boolean isContact(long staffId) {
		return Long.valueOf(staffId).equals(contactStaffId);
	}

	private void requireInCoachQueue() {
		if (!isInCoachQueue()) {
			throw new InvalidCaseActionException("case.error.invalidTransition");
		}
	}

	private void requireOpen() {
		if (!isOpen()) {
			throw new InvalidCaseActionException("case.error.closed");
		}
	}

	private void requireWithUnit() {
		requireOpen();
		if (!isWithUnit()) {
			throw new InvalidCaseActionException("case.error.notWithUnit");
		}
	}

	private void record(CaseEventType type, Long actorId, CaseStatus from, CaseStatus to, Long eventUnitId,
			String publicMessage, String internalNote) {
		entries.add(new Entry(type, actorId, false, from, to, eventUnitId, publicMessage, internalNote, null));
	}

	private static String required(String text, String messageKey) {
		if (isBlank(text)) {
			throw new InvalidCaseActionException(messageKey);
		}
		return text.strip();
	}

	private static String trimmed(String text) {
		return isBlank(text) ? null : text.strip();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
