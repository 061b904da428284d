package se.medskapa.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.shared.WorkingDays;

import static se.medskapa.shared.Timestamps.instant;

/** The staff read model: queues in one query each, and the full case page. */
@Service
public class StaffCaseViews {

	private static final String SUMMARY = """
			select c.id, c.reference, c.kind, c.title, c.status, c.submitted_at, u.name as unit_name,
			       s.display_name as contact_name, c.acknowledge_due, c.answer_due, c.acknowledged_at, c.answered_at, c.hops
			from cases c
			left join unit u on u.id = c.unit_id and u.municipality_id = c.municipality_id
			left join staff_account s on s.id = c.contact_staff_id and s.municipality_id = c.municipality_id
			""";

	private final JdbcClient jdbc;

	private final CaseFiles files;

	private final CasePermissions permissions;

	private final Clock clock;

	StaffCaseViews(JdbcClient jdbc, CaseFiles files, CasePermissions permissions, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.permissions = permissions;
		this.clock = clock;
	}

	/** The coach queue: new and returned cases, oldest first. */
	public List<StaffCaseSummary> coachQueue(long municipalityId) {
		return jdbc
			.sql(SUMMARY + " where c.municipality_id = ? and c.status = 'RECEIVED' order by c.submitted_at, c.id")
			.param(municipalityId)
			.query(this::summary)
			.list();
	}

	/** Every open case past a deadline, for the coaches who are told of each breach. */
	public List<StaffCaseSummary> overdue(long municipalityId) {
		return jdbc
			.sql(SUMMARY
					+ """
							where c.municipality_id = ? and c.closed_at is null
							  and ((c.acknowledged_at is null and c.acknowledge_due < ?) or (c.answered_at is null and c.answer_due < ?))
							order by c.answer_due, c.id""")
			.params(municipalityId, today(), today())
			.query(this::summary)
			.list();
	}

	/** Open cases of the given units, oldest deadline first. */
	public List<StaffCaseSummary> unitQueue(long municipalityId, List<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SUMMARY + """
				where c.municipality_id = ? and c.closed_at is null and c.unit_id = any (?)
				order by c.answer_due, c.id""")
			.params(municipalityId, unitIds.toArray(Long[]::new))
			.query(this::summary)
			.list();
	}

	/** Open cases where the staff member is the named contact. */
	public List<StaffCaseSummary> contactOf(long municipalityId, long staffId) {
		return jdbc.sql(
				SUMMARY + """
						where c.municipality_id = ? and c.closed_at is null and c.contact_staff_id = ? order by c.answer_due, c.id""")
			.params(municipalityId, staffId)
			.query(this::summary)
			.list();
	}

	/**
	 * The case page as this staff member sees it, with what they may do now.
	 * @throws CaseAccessDeniedException when they may not see the case
	 */
	public Optional<StaffCaseDetail> detail(StaffPrincipal actor, long municipalityId, String reference) {
		return files.byReference(municipalityId, reference).flatMap(file -> {
			Set<CaseAction> actions = permissions.allowed(actor, file);
			if (!actions.contains(CaseAction.VIEW)) {
				throw new CaseAccessDeniedException();
			}
			List<CaseStatus> targets = CaseLifecycle.statusTargets(file).stream().sorted().toList();
			return detail(municipalityId, reference)
				.map(found -> found.with(found.timeline(), Collections.unmodifiableSet(actions), targets));
		});
	}

	/** The case page without a reader: no actions. */
	public Optional<StaffCaseDetail> detail(long municipalityId, String reference) {
		return jdbc.sql("""
				select c.*, cat.name as category_name, u.name as unit_name, s.display_name as contact_name,
				       merged.reference as merged_into_reference
				from cases c
				left join category cat on cat.id = c.category_id and cat.municipality_id = c.municipality_id
				left join unit u on u.id = c.unit_id and u.municipality_id = c.municipality_id
				left join staff_account s on s.id = c.contact_staff_id and s.municipality_id = c.municipality_id
				left join cases merged on merged.id = c.merged_into_id and merged.municipality_id = c.municipality_id
				where c.municipality_id = ? and c.reference = ?""")
			.params(municipalityId, reference)
			.query((rs, row) -> detail(rs, List.of()))
			.optional()
			.map(found -> detail(municipalityId, found));
	}

	private StaffCaseDetail detail(long municipalityId, StaffCaseDetail found) {
		List<StaffCaseDetail.Entry> timeline = jdbc.sql("""
				select e.occurred_at, e.type, s.display_name as actor_name, e.actor_resident, e.to_status,
				       u.name as unit_name, e.public_message, e.internal_note, e.resident_message,
				       contact.display_name as contact_name
				from case_event e
				left join staff_account s on s.id = e.actor_staff_id and s.municipality_id = e.municipality_id
				left join staff_account contact on contact.id = e.contact_staff_id
				     and contact.municipality_id = e.municipality_id
				left join unit u on u.id = e.unit_id and u.municipality_id = e.municipality_id
				where e.municipality_id = ? and e.case_id = ? order by e.id""")
			.params(municipalityId, found.id())
			.query((rs, row) -> new StaffCaseDetail.Entry(rs.getTimestamp("occurred_at").toInstant(),
					CaseEventType.valueOf(rs.getString("type")), rs.getString("actor_name"),
					rs.getBoolean("actor_resident"), status(rs.getString("to_status")), rs.getString("unit_name"),
					rs.getString("public_message"), rs.getString("internal_note"), rs.getString("resident_message"),
					rs.getString("contact_name")))
			.list();
		return found.with(timeline, Set.of(), List.of());
	}

	private StaffCaseDetail detail(ResultSet rs, List<StaffCaseDetail.Entry> timeline) throws SQLException {
		LocalDate today = today();
		LocalDate acknowledgeDue = rs.getObject("acknowledge_due", LocalDate.class);
		LocalDate answerDue = rs.getObject("answer_due", LocalDate.class);
		Instant acknowledgedAt = instant(rs.getTimestamp("acknowledged_at"));
		Instant answeredAt = instant(rs.getTimestamp("answered_at"));
		Instant closedAt = instant(rs.getTimestamp("closed_at"));
		return new StaffCaseDetail(rs.getLong("id"), rs.getString("reference"), CaseKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("description"), rs.getString("public_title"),
				rs.getString("public_description"), rs.getBoolean("published"), rs.getBoolean("publish_permission"),
				rs.getBoolean("internal"), CaseStatus.valueOf(rs.getString("status")),
				(Long) rs.getObject("category_id"), rs.getString("category_name"), rs.getString("place"),
				rs.getString("submitter_name"), rs.getString("submitter_email"), (Long) rs.getObject("unit_id"),
				rs.getString("unit_name"), (Long) rs.getObject("contact_staff_id"), rs.getString("contact_name"),
				rs.getTimestamp("submitted_at").toInstant(), acknowledgeDue, answerDue, acknowledgedAt, answeredAt,
				closedAt, closedAt == null && acknowledgedAt == null && today.isAfter(acknowledgeDue),
				closedAt == null && answeredAt == null && today.isAfter(answerDue), rs.getInt("hops"),
				rs.getString("registry_number"), rs.getString("forwarded_to"), rs.getString("merged_into_reference"),
				timeline, (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), Set.of(), List.of());
	}

	private StaffCaseSummary summary(ResultSet rs, int row) throws SQLException {
		LocalDate today = today();
		LocalDate acknowledgeDue = rs.getObject("acknowledge_due", LocalDate.class);
		LocalDate answerDue = rs.getObject("answer_due", LocalDate.class);
		return new StaffCaseSummary(rs.getLong("id"), rs.getString("reference"), CaseKind.valueOf(rs.getString("kind")),
				rs.getString("title"), CaseStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("submitted_at").toInstant(), rs.getString("unit_name"), rs.getString("contact_name"),
				acknowledgeDue, answerDue, rs.getTimestamp("acknowledged_at") == null && today.isAfter(acknowledgeDue),
				rs.getTimestamp("answered_at") == null && today.isAfter(answerDue), rs.getInt("hops"));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), WorkingDays.SWEDEN);
	}

	private static CaseStatus status(String name) {
		return name == null ? null : CaseStatus.valueOf(name);
	}

}
