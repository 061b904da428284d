package se.medskapa.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves {@link CaseFile}s. Saving checks the version read (optimistic locking):
 * of two coaches routing the same case at once, one wins and the other is told, and the
 * case stays consistent.
 */
@Repository
class CaseFiles {

	private static final String COLUMNS = """
			id, municipality_id, reference, internal, publish_permission, version, status, unit_id, contact_staff_id,
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
		return jdbc.sql("select " + COLUMNS + " from cases where municipality_id = ? and reference = ?")
			.params(municipalityId, reference)
			.query(CaseFiles::map)
			.optional();
	}

	Optional<CaseFile> byId(long municipalityId, long id) {
		return jdbc.sql("select " + COLUMNS + " from cases where municipality_id = ? and id = ?")
			.params(municipalityId, id)
			.query(CaseFiles::map)
			.optional();
	}

	/**
	 * Saves state and new timeline entries; throws when someone else saved the case since
	 * it was read.
	 */
	void save(CaseFile file) {
		int updated = jdbc.sql("""
				update cases set status = ?, unit_id = ?, contact_staff_id = ?, category_id = ?, published = ?,
				       public_title = ?, public_description = ?, hops = ?, acknowledged_at = ?, answered_at = ?,
				       closed_at = ?, forwarded_to = ?, merged_into_id = ?, registry_number = ?, version = version + 1
				where id = ? and municipality_id = ? and version = ?""")
			.params(file.status.name(), file.unitId, file.contactStaffId, file.categoryId, file.published,
					file.publicTitle, file.publicDescription, file.hops, timestamp(file.acknowledgedAt),
					timestamp(file.answeredAt), timestamp(file.closedAt), file.forwardedTo, file.mergedIntoId,
					file.registryNumber, file.id, file.municipalityId, file.version)
			.update();
		if (updated != 1) {
			throw new ConcurrentCaseChangeException();
		}
		Instant now = clock.instant();
		for (CaseFile.Entry entry : file.entries()) {
			long eventId = jdbc
				.sql("""
						insert into case_event (municipality_id, case_id, occurred_at, type, actor_staff_id, actor_resident,
						                        from_status, to_status, unit_id, public_message, internal_note, resident_message)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(file.municipalityId, file.id, Timestamp.from(now), entry.type().name(), entry.actorStaffId(),
						entry.actorResident(), name(entry.fromStatus()), name(entry.toStatus()), entry.unitId(),
						entry.publicMessage(), entry.internalNote(), entry.residentMessage())
				.query(Long.class)
				.single();
			events.publishEvent(new CaseEventRecorded(file.id, file.municipalityId, eventId, entry.type()));
		}
	}

	private static CaseFile map(ResultSet rs, int row) throws SQLException {
		CaseFile file = new CaseFile(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("reference"),
				rs.getBoolean("internal"), rs.getBoolean("publish_permission"), rs.getInt("version"));
		file.status = CaseStatus.valueOf(rs.getString("status"));
		file.unitId = (Long) rs.getObject("unit_id");
		file.contactStaffId = (Long) rs.getObject("contact_staff_id");
		file.categoryId = (Long) rs.getObject("category_id");
		file.published = rs.getBoolean("published");
		file.publicTitle = rs.getString("public_title");
		file.publicDescription = rs.getString("public_description");
		file.hops = rs.getInt("hops");
		file.acknowledgedAt = instant(rs.getTimestamp("acknowledged_at"));
		file.answeredAt = instant(rs.getTimestamp("answered_at"));
		file.closedAt = instant(rs.getTimestamp("closed_at"));
		file.forwardedTo = rs.getString("forwarded_to");
		file.mergedIntoId = (Long) rs.getObject("merged_into_id");
		file.registryNumber = rs.getString("registry_number");
		return file;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static String name(CaseStatus status) {
		return status == null ? null : status.name();
	}

}
