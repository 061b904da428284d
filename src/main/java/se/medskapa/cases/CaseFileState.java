package se.medskapa.cases;

import java.time.Instant;

/**
 * The stored state of a {@link CaseFile} as the repository reads and writes it; only the
 * guarded methods of the case change it in between.
 */
record CaseFileState(long id, long municipalityId, String reference, CaseKind kind, boolean internal,
		boolean publishPermission, int version, CaseStatus status, Long unitId, Long contactStaffId, Long categoryId,
		boolean published, String publicTitle, String publicDescription, int hops, Instant acknowledgedAt,
		Instant answeredAt, Instant closedAt, String forwardedTo, Long mergedIntoId, String registryNumber) {

	/**
	 * A new case in the coach queue, not stored yet (id 0). An internal idea is never
	 * published, whatever was ticked.
	 */
	static CaseFileState submitted(long municipalityId, String reference, CaseKind kind, boolean internal,
			boolean publishPermission, Long categoryId) {
		return new CaseFileState(0, municipalityId, reference, kind, internal, publishPermission && !internal, 0,
				CaseStatus.RECEIVED, null, null, categoryId, false, null, null, 0, null, null, null, null, null, null);
	}

}
