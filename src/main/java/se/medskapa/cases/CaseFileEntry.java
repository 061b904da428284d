package se.medskapa.cases;

/**
 * A timeline entry of a {@link CaseFile} waiting to be saved: who did what, the status
 * before and after, what the resident, the public or only staff are told, and who became
 * the contact person (taken, assigned).
 */
record CaseFileEntry(CaseEventType type, Long actorStaffId, boolean actorResident, CaseStatus fromStatus,
		CaseStatus toStatus, Long unitId, String publicMessage, String internalNote, String residentMessage,
		Long contactStaffId) {

	/**
	 * The first entry: by the staff member for an internal idea, else by the resident.
	 */
	static CaseFileEntry submitted(Long submittingStaffId) {
		return new CaseFileEntry(CaseEventType.SUBMITTED, submittingStaffId, submittingStaffId == null, null,
				CaseStatus.RECEIVED, null, null, null, null, null);
	}

	/** A change by a staff member, or by the system when {@code actorStaffId} is null. */
	static CaseFileEntry byStaff(CaseEventType type, Long actorStaffId, CaseStatus from, CaseStatus to, Long unitId,
			String publicMessage, String internalNote) {
		return new CaseFileEntry(type, actorStaffId, false, from, to, unitId, publicMessage, internalNote, null, null);
	}

	/** A change by the resident, through the tracking link or "My cases". */
	static CaseFileEntry byResident(CaseEventType type, CaseStatus from, CaseStatus to, Long unitId,
			String residentMessage) {
		return new CaseFileEntry(type, null, true, from, to, unitId, null, null, residentMessage, null);
	}

	/** The same entry naming the staff member who became the contact person by it. */
	CaseFileEntry naming(long contact) {
		return new CaseFileEntry(type, actorStaffId, actorResident, fromStatus, toStatus, unitId, publicMessage,
				internalNote, residentMessage, contact);
	}

}
