package se.medskapa.participation;

import java.time.Instant;

import se.medskapa.participation.spi.ItemKind;

/** A stored comment as the module reads it. */
record CommentRow(long id, long municipalityId, ItemKind itemKind, long itemId, Long parentId, Long authorResidentId,
		Long authorStaffId, String authorName, String body, boolean official, Instant createdAt, Instant editedAt,
		Instant deletedAt) {

	boolean deleted() {
		return deletedAt != null;
	}

	boolean byStaff() {
		return authorStaffId != null;
	}

}
