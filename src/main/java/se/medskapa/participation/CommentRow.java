package se.medskapa.participation;

import java.time.Instant;

import se.medskapa.participation.spi.ItemKind;

/**
 * A stored comment as the module reads it; {@code hidden} by moderation (its text then
 * empty in every public read).
 */
record CommentRow(long id, long municipalityId, ItemKind itemKind, long itemId, Long parentId, Long authorResidentId,
		Long authorStaffId, String authorName, String body, boolean official, Instant createdAt, Instant editedAt,
		Instant deletedAt, boolean hidden) {

	CommentRow(long id, long municipalityId, ItemKind itemKind, long itemId, Long parentId, Long authorResidentId,
			Long authorStaffId, String authorName, String body, boolean official, Instant createdAt, Instant editedAt,
			Instant deletedAt) {
		this(id, municipalityId, itemKind, itemId, parentId, authorResidentId, authorStaffId, authorName, body,
				official, createdAt, editedAt, deletedAt, false);
	}

	boolean deleted() {
		return deletedAt != null;
	}

	boolean byStaff() {
		return authorStaffId != null;
	}

}
