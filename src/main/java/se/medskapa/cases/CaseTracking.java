package se.medskapa.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

	private final CaseMails mails;

	private final Clock clock;

	CaseTracking(JdbcClient jdbc, TrackingLinks links, CaseMails mails, Clock clock) {
		this.jdbc = jdbc;
		this.links = links;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * The receipt of a case sent less than {@link #RECEIPT_DAYS} days ago, opened by its
	 * tracking link: the receipt page lives at the tracking address, so a reload shows it
	 * again and no secret is kept anywhere but in the resident's address bar. Older cases
	 * have no receipt, only their tracking page.
	 */
	public Optional<Receipt> receipt(long municipalityId, String token) {
		Instant since = clock.instant().minus(Duration.ofDays(RECEIPT_DAYS));
		return links.caseIdOf(municipalityId, token)
			.flatMap(caseId -> jdbc.sql("""
					select c.reference, c.submitter_email is not null as email_given from cases c
					where c.municipality_id = ? and c.id = ? and c.submitted_at > ?""")
				.params(municipalityId, caseId, Timestamp.from(since))
				.query(Receipt.class)
				.optional());
	}

	/**
	 * Mails a fresh tracking link of the case to {@code email}: the reference and the
	 * link only, never text from the case (F5), since nothing proves whose address it is.
	 * @return whether the token led to a case
	 */
	public boolean mailLink(long municipalityId, String token, String email, String language) {
		Optional<Long> caseId = links.caseIdOf(municipalityId, token);
		caseId.ifPresent(id -> mails.trackingLink(municipalityId, id, email.strip(), language));
		return caseId.isPresent();
	}

	/** How many days after sending the receipt can be shown again. */
	public static final int RECEIPT_DAYS = 1;

	/** The receipt: the reference to quote, and whether a receipt mail went out. */
	public record Receipt(String reference, boolean emailGiven) {
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
			       u.name as unit_name, s.display_name as contact_name, c.acknowledge_due, c.answer_due,
			       c.answered_at
			from cases c
			left join unit u on u.id = c.unit_id and u.municipality_id = c.municipality_id
			left join staff_account s on s.id = c.contact_staff_id and s.municipality_id = c.municipality_id
			""";

	private static TrackedCase map(ResultSet rs, int row) throws SQLException {
		return new TrackedCase(rs.getLong("id"), rs.getString("reference"), CaseKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("description"), CaseStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("submitted_at").toInstant(), rs.getString("unit_name"), rs.getString("contact_name"),
				rs.getObject("acknowledge_due", LocalDate.class), rs.getObject("answer_due", LocalDate.class),
				rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant(), List.of());
	}

	private TrackedCase withTimeline(long municipalityId, TrackedCase found) {
		List<TimelineEntry> timeline = jdbc.sql("""
				select e.occurred_at, e.type, e.to_status, u.name as unit_name, e.public_message, e.resident_message,
				       contact.display_name as contact_name
				from case_event e left join unit u on u.id = e.unit_id and u.municipality_id = e.municipality_id
				left join staff_account contact on contact.id = e.contact_staff_id
				     and contact.municipality_id = e.municipality_id
				where e.municipality_id = ? and e.case_id = ?
				  and e.type not in ('INTERNAL_NOTE', 'PUBLISHED', 'UNPUBLISHED')
				order by e.id""")
			.params(municipalityId, found.id())
			.query((rs, row) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("type"),
					rs.getString("to_status") == null ? null : CaseStatus.valueOf(rs.getString("to_status")),
					rs.getString("unit_name"), rs.getString("public_message"), rs.getString("resident_message"),
					rs.getString("contact_name")))
			.list();
		return new TrackedCase(found.id(), found.reference(), found.kind(), found.title(), found.description(),
				found.status(), found.submittedAt(), found.unitName(), found.contactName(), found.acknowledgeDue(),
				found.answerDue(), found.answeredAt(), timeline);
	}

}
