package se.medskapa.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.medskapa.cases.events.CaseEventRecorded;
import se.medskapa.cases.events.CaseSubmitted;
import se.medskapa.shared.Timestamps;

import static se.medskapa.shared.Text.blankToNull;
import static se.medskapa.shared.Timestamps.instant;

/**
 * Loads and saves {@link CaseFile}s, and is the one path that writes {@code cases} and
 * {@code case_event}. Saving checks the version read (optimistic locking): of two coaches
 * routing the same case at once, one wins and the other is told, and the case stays
 * consistent.
 */
@Repository
class CaseFiles {

	private static final String COLUMNS = """
			id, municipality_id, reference, kind, internal, publish_permission, version, status, unit_id, contact_staff_id,
			category_id, published, public_title, public_description, hops, acknowledged_at, answered_at, closed_at,
			forwarded_to, merged_into_id, registry_number""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseFiles(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	Optional<CaseFile> byReference(long municipalityId, String reference) {
		return jdbc
			.sql("select " + COLUMNS + " from cases where municipality_id = :municipalityId and reference = :reference")
			.param("municipalityId", municipalityId)
			.param("reference", reference)
			.query(CaseFiles::map)
			.optional();
	}

	Optional<CaseFile> byId(long municipalityId, long id) {
		return jdbc.sql("select " + COLUMNS + " from cases where municipality_id = :municipalityId and id = :id")
			.param("municipalityId", municipalityId)
			.param("id", id)
			.query(CaseFiles::map)
			.optional();
	}

	/** The case with this reference, if the signed-in resident submitted it. */
	Optional<Long> idOfOwnCase(long municipalityId, String reference, long residentId) {
		return jdbc.sql("""
				select id from cases
				where municipality_id = :municipalityId and reference = :reference and resident_id = :residentId""")
			.param("municipalityId", municipalityId)
			.param("reference", reference)
			.param("residentId", residentId)
			.query(Long.class)
			.optional();
	}

	/** The open cases where the staff member is the named contact. */
	List<Long> openCaseIdsWithContact(long municipalityId, long staffId) {
		return jdbc.sql("""
				select id from cases
				where municipality_id = :municipalityId and contact_staff_id = :staffId and closed_at is null""")
			.param("municipalityId", municipalityId)
			.param("staffId", staffId)
			.query(Long.class)
			.list();
	}

	/**
	 * Gives a new case, inserted under a provisional reference, its number (the last
	 * statement of the submitting transaction but the counter's own).
	 */
	void setReference(long municipalityId, long id, String reference) {
		jdbc.sql("update cases set reference = :reference where municipality_id = :municipalityId and id = :id")
			.param("reference", reference)
			.param("municipalityId", municipalityId)
			.param("id", id)
			.update();
	}

	/**
	 * Stores a new case from {@link CaseFile#submitted} with what was submitted, and its
	 * SUBMITTED entry at the moment of submission. No {@link CaseEventRecorded}: a new
	 * case is announced by {@link CaseSubmitted}.
	 * @return the new case's id
	 */
	long insert(CaseFile file, CaseSubmission submission, Instant submittedAt, LocalDate acknowledgeDue,
			LocalDate answerDue) {
		CaseFileState state = file.state();
		long id = jdbc.sql("""
				insert into cases (municipality_id, reference, kind, title, description, category_id, place,
				                   submitter_name, submitter_email, submitter_language, resident_id, submitted_by_staff,
				                   internal, publish_permission, status, submitted_at, acknowledge_due, answer_due,
				                   latitude, longitude, unit_id, origin)
				values (:municipalityId, :reference, :kind, :title, :description, :categoryId, :place,
				        :submitterName, :submitterEmail, :language, :residentId, :staffId,
				        :internal, :publishPermission, :status, :submittedAt, :acknowledgeDue, :answerDue,
				        :latitude, :longitude, :suggestedUnitId, :origin)
				returning id""")
			.param("municipalityId", state.municipalityId())
			.param("reference", state.reference())
			.param("kind", state.kind().name())
			.param("title", submission.title().strip())
			.param("description", submission.description().strip())
			.param("categoryId", state.categoryId())
			.param("place", blankToNull(submission.place()))
			.param("submitterName", blankToNull(submission.name()))
			.param("submitterEmail", blankToNull(submission.email()))
			.param("language", "en".equals(submission.language()) ? "en" : "sv")
			.param("residentId", submission.residentId())
			.param("staffId", submission.staffId())
			.param("internal", state.internal())
			.param("publishPermission", state.publishPermission())
			.param("status", state.status().name())
			.param("submittedAt", Timestamps.of(submittedAt))
			.param("acknowledgeDue", acknowledgeDue)
			.param("answerDue", answerDue)
			.param("latitude", submission.latitude())
			.param("longitude", submission.longitude())
			.param("suggestedUnitId", submission.suggestedUnitId())
			.param("origin", submission.origin())
			.query(Long.class)
			.single();
		for (CaseFileEntry entry : file.entries()) {
			insertEntry(state.municipalityId(), id, submittedAt, entry);
		}
		return id;
	}

	/**
	 * Saves state and new timeline entries; throws when someone else saved the case since
	 * it was read.
	 */
	void save(CaseFile file) {
		CaseFileState state = file.state();
		int updated = jdbc.sql("""
				update cases set status = :status, unit_id = :unitId, contact_staff_id = :contactStaffId,
				       category_id = :categoryId, published = :published, public_title = :publicTitle,
				       public_description = :publicDescription, hops = :hops, acknowledged_at = :acknowledgedAt,
				       answered_at = :answeredAt, closed_at = :closedAt, forwarded_to = :forwardedTo,
				       merged_into_id = :mergedIntoId, registry_number = :registryNumber, version = version + 1
				where id = :id and municipality_id = :municipalityId and version = :version""")
			.param("status", state.status().name())
			.param("unitId", state.unitId())
			.param("contactStaffId", state.contactStaffId())
			.param("categoryId", state.categoryId())
			.param("published", state.published())
			.param("publicTitle", state.publicTitle())
			.param("publicDescription", state.publicDescription())
			.param("hops", state.hops())
			.param("acknowledgedAt", Timestamps.of(state.acknowledgedAt()))
			.param("answeredAt", Timestamps.of(state.answeredAt()))
			.param("closedAt", Timestamps.of(state.closedAt()))
			.param("forwardedTo", state.forwardedTo())
			.param("mergedIntoId", state.mergedIntoId())
			.param("registryNumber", state.registryNumber())
			.param("id", state.id())
			.param("municipalityId", state.municipalityId())
			.param("version", state.version())
			.update();
		if (updated != 1) {
			throw new ConcurrentCaseChangeException();
		}
		Instant now = clock.instant();
		for (CaseFileEntry entry : file.entries()) {
			long eventId = insertEntry(state.municipalityId(), state.id(), now, entry);
			events.publishEvent(new CaseEventRecorded(state.id(), state.municipalityId(), eventId, entry.type(), now,
					entry.toStatus(), state.unitId(), state.categoryId(), state.published(), state.kind()));
		}
		saveMarks(file, state, now);
	}

	/**
	 * The staff table's marks (ADR 0022): the unit that returned the case, the newest
	 * resident reply, and the responsible person's action that counts as having read it
	 * (the contact's, or anyone's while the case has no contact).
	 */
	private void saveMarks(CaseFile file, CaseFileState state, Instant now) {
		if (file.returnedFromUnitId() != null) {
			jdbc.sql("update cases set returned_by_unit_id = ? where id = ? and municipality_id = ?")
				.params(file.returnedFromUnitId(), state.id(), state.municipalityId())
				.update();
			jdbc.sql(
					"insert into case_unit_return (municipality_id, case_id, unit_id, returned_at) values (?, ?, ?, ?)")
				.params(state.municipalityId(), state.id(), file.returnedFromUnitId(), Timestamps.of(now))
				.update();
		}
		boolean replied = file.entries().stream().anyMatch(entry -> entry.type() == CaseEventType.RESIDENT_REPLY);
		boolean seen = file.entries()
			.stream()
			.anyMatch(entry -> entry.actorStaffId() != null
					&& (state.contactStaffId() == null || state.contactStaffId().equals(entry.actorStaffId())));
		if (replied) {
			jdbc.sql("update cases set resident_replied_at = ? where id = ? and municipality_id = ?")
				.params(Timestamps.of(now), state.id(), state.municipalityId())
				.update();
		}
		else if (seen) {
			markRepliesSeen(state.municipalityId(), state.id(), now);
		}
	}

	/** The responsible person has seen the case: its resident replies are read. */
	void markRepliesSeen(long municipalityId, long caseId, Instant now) {
		jdbc.sql("""
				update cases set reply_seen_at = ?
				where id = ? and municipality_id = ? and resident_replied_at > coalesce(reply_seen_at, '-infinity')""")
			.params(Timestamps.of(now), caseId, municipalityId)
			.update();
	}

	private long insertEntry(long municipalityId, long caseId, Instant occurredAt, CaseFileEntry entry) {
		return jdbc
			.sql("""
					insert into case_event (municipality_id, case_id, occurred_at, type, actor_staff_id, actor_resident,
					                        from_status, to_status, unit_id, public_message, internal_note, resident_message,
					                        contact_staff_id)
					values (:municipalityId, :caseId, :occurredAt, :type, :actorStaffId, :actorResident,
					        :fromStatus, :toStatus, :unitId, :publicMessage, :internalNote, :residentMessage,
					        :contactStaffId)
					returning id""")
			.param("municipalityId", municipalityId)
			.param("caseId", caseId)
			.param("occurredAt", Timestamps.of(occurredAt))
			.param("type", entry.type().name())
			.param("actorStaffId", entry.actorStaffId())
			.param("actorResident", entry.actorResident())
			.param("fromStatus", name(entry.fromStatus()))
			.param("toStatus", name(entry.toStatus()))
			.param("unitId", entry.unitId())
			.param("publicMessage", entry.publicMessage())
			.param("internalNote", entry.internalNote())
			.param("residentMessage", entry.residentMessage())
			.param("contactStaffId", entry.contactStaffId())
			.query(Long.class)
			.single();
	}

	private static CaseFile map(ResultSet rs, int row) throws SQLException {
		return CaseFile.restore(new CaseFileState(rs.getLong("id"), rs.getLong("municipality_id"),
				rs.getString("reference"), CaseKind.valueOf(rs.getString("kind")), rs.getBoolean("internal"),
				rs.getBoolean("publish_permission"), rs.getInt("version"), CaseStatus.valueOf(rs.getString("status")),
				(Long) rs.getObject("unit_id"), (Long) rs.getObject("contact_staff_id"),
				(Long) rs.getObject("category_id"), rs.getBoolean("published"), rs.getString("public_title"),
				rs.getString("public_description"), rs.getInt("hops"), instant(rs.getTimestamp("acknowledged_at")),
				instant(rs.getTimestamp("answered_at")), instant(rs.getTimestamp("closed_at")),
				rs.getString("forwarded_to"), (Long) rs.getObject("merged_into_id"), rs.getString("registry_number")));
	}

	private static String name(CaseStatus status) {
		return status == null ? null : status.name();
	}

}
