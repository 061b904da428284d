package se.medskapa.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.medskapa.cases.TrackedCase.TimelineEntry;

/** Opens exactly one case by its tracking token, within the municipality of the path. */
@Service
public class CaseTracking {

	private final JdbcClient jdbc;

	private final TrackingLinks links;

	CaseTracking(JdbcClient jdbc, TrackingLinks links) {
		this.jdbc = jdbc;
		this.links = links;
	}

	/** The case of a tracking link that is still valid ({@link TrackingLinks}). */
	public Optional<TrackedCase> byToken(long municipalityId, String token) {
		return links.caseIdOf(municipalityId, token).flatMap(caseId -> byId(municipalityId, caseId));
	}

	Optional<TrackedCase> byId(long municipalityId, long caseId) {
		return jdbc.sql(QUERY + " where c.municipality_id = ? and c.id = ?")
			.params(municipalityId, caseId)
			.query(CaseTracking::map)
			.optional()
			.map(found -> withTimeline(municipalityId, found));
	}

	private static final String QUERY = """
			select c.id, c.reference, c.kind, c.title, c.description, c.status, c.submitted_at,
			       u.name as unit_name, s.display_name as contact_name, c.acknowledge_due, c.answer_due
			from cases c
			left join unit u on u.id = c.unit_id and u.municipality_id = c.municipality_id
			left join staff_account s on s.id = c.contact_staff_id and s.municipality_id = c.municipality_id
			""";

	private static TrackedCase map(ResultSet rs, int row) throws SQLException {
		return new TrackedCase(rs.getLong("id"), rs.getString("reference"), CaseKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("description"), CaseStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("submitted_at").toInstant(), rs.getString("unit_name"), rs.getString("contact_name"),
				rs.getObject("acknowledge_due", LocalDate.class), rs.getObject("answer_due", LocalDate.class),
				List.of());
	}

	private TrackedCase withTimeline(long municipalityId, TrackedCase found) {
		List<TimelineEntry> timeline = jdbc.sql("""
				select e.occurred_at, e.type, e.to_status, u.name as unit_name, e.public_message, e.resident_message
				from case_event e left join unit u on u.id = e.unit_id and u.municipality_id = e.municipality_id
				where e.municipality_id = ? and e.case_id = ?
				  and e.type not in ('INTERNAL_NOTE', 'PUBLISHED', 'UNPUBLISHED')
				order by e.id""")
			.params(municipalityId, found.id())
			.query((rs, row) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("type"),
					rs.getString("to_status") == null ? null : CaseStatus.valueOf(rs.getString("to_status")),
					rs.getString("unit_name"), rs.getString("public_message"), rs.getString("resident_message")))
			.list();
		return new TrackedCase(found.id(), found.reference(), found.kind(), found.title(), found.description(),
				found.status(), found.submittedAt(), found.unitName(), found.contactName(), found.acknowledgeDue(),
				found.answerDue(), timeline);
	}

}
