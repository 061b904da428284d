package se.medskapa.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.shared.Timestamps;
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

	private final StaffDirectory staff;

	StaffCaseViews(JdbcClient jdbc, CaseFiles files, CasePermissions permissions, Clock clock, StaffDirectory staff) {
		this.staff = staff;
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
			noteSeen(actor, file, actions);
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

	/** Lines per page of the staff case table. */
	public static final int TABLE_PAGE_SIZE = 50;

	private static final String TABLE = """
			select c.id, c.reference, c.kind, c.title, cat.name as category_name, c.place, u.name as unit_name,
			       s.display_name as contact_name, c.submitted_at, c.answer_due, c.status, c.closed_at,
			       c.acknowledge_due, c.acknowledged_at, c.answered_at,
			       case when c.status = 'RECEIVED' then ru.name end as returned_by_unit_name,
			       c.resident_replied_at > coalesce(c.reply_seen_at, '-infinity') and c.closed_at is null as unread_reply
			from cases c
			left join category cat on cat.id = c.category_id and cat.municipality_id = c.municipality_id
			left join unit u on u.id = c.unit_id and u.municipality_id = c.municipality_id
			left join unit ru on ru.id = c.returned_by_unit_id and ru.municipality_id = c.municipality_id
			left join staff_account s on s.id = c.contact_staff_id and s.municipality_id = c.municipality_id
			""";

	private static final String OVERDUE = """
			(c.closed_at is null and ((c.acknowledged_at is null and c.acknowledge_due < :today)
			  or (c.answered_at is null and c.answer_due < :today)))""";

	private static final String UNREAD = "(c.closed_at is null and c.resident_replied_at > coalesce(c.reply_seen_at, '-infinity'))";

	/**
	 * One page of the staff case table as this reader may see it (one query): the view,
	 * the filters, the order, from the cursor on.
	 * @throws InvalidCursorException when the cursor was not handed out for this order
	 */
	public StaffCaseTable table(StaffPrincipal reader, long municipalityId, StaffCaseQuery query) {
		StaffCaseCursor cursor = StaffCaseCursor.decode(query.after(), query.sort());
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = new StringBuilder(TABLE).append(" where ")
			.append(scopeAndView(reader, municipalityId, query.view(), params));
		filters(query, sql, params);
		if (cursor != null) {
			params.put("cursorId", cursor.id());
			switch (query.sort()) {
				case DEADLINE -> {
					params.put("cursorDue", LocalDate.ofEpochDay(cursor.value()));
					sql.append(" and (c.answer_due, c.id) > (:cursorDue, :cursorId)");
				}
				case OLDEST -> {
					params.put("cursorAt", Timestamps.of(fromMicros(cursor.value())));
					sql.append(" and (c.submitted_at, c.id) > (:cursorAt, :cursorId)");
				}
				case NEWEST -> {
					params.put("cursorAt", Timestamps.of(fromMicros(cursor.value())));
					sql.append(" and (c.submitted_at, c.id) < (:cursorAt, :cursorId)");
				}
			}
		}
		sql.append(switch (query.sort()) {
			case DEADLINE -> " order by c.answer_due, c.id";
			case OLDEST -> " order by c.submitted_at, c.id";
			case NEWEST -> " order by c.submitted_at desc, c.id desc";
		});
		sql.append(" limit ").append(TABLE_PAGE_SIZE + 1);
		List<StaffCaseRow> rows = jdbc.sql(sql.toString()).params(params).query(this::row).list();
		if (rows.size() <= TABLE_PAGE_SIZE) {
			return new StaffCaseTable(rows, null);
		}
		List<StaffCaseRow> page = rows.subList(0, TABLE_PAGE_SIZE);
		StaffCaseRow last = page.get(page.size() - 1);
		long value = query.sort() == StaffCaseSort.DEADLINE ? last.answerDue().toEpochDay()
				: toMicros(last.submittedAt());
		return new StaffCaseTable(List.copyOf(page), new StaffCaseCursor(query.sort(), value, last.id()).encode());
	}

	/**
	 * The case after the given one in the same view, filters and order ("save and go to
	 * the next case"), if there is one the reader may see.
	 */
	public Optional<String> nextAfter(StaffPrincipal reader, long municipalityId, StaffCaseQuery query,
			String reference) {
		Optional<StaffCaseRow> current = jdbc.sql(TABLE + " where c.municipality_id = :m and c.reference = :reference")
			.param("m", municipalityId)
			.param("reference", reference)
			.query(this::row)
			.optional();
		if (current.isEmpty()) {
			return Optional.empty();
		}
		StaffCaseRow row = current.get();
		long value = query.sort() == StaffCaseSort.DEADLINE ? row.answerDue().toEpochDay()
				: toMicros(row.submittedAt());
		String cursor = new StaffCaseCursor(query.sort(), value, row.id()).encode();
		return table(reader, municipalityId, query.after(cursor)).rows()
			.stream()
			.findFirst()
			.map(StaffCaseRow::reference);
	}

	/**
	 * The counts of the staff start page, in one query: new, overdue and unread replies
	 * of what the reader is responsible for (the same cases as those saved views).
	 */
	public StaffCaseCounts counts(StaffPrincipal reader, long municipalityId) {
		Map<String, Object> params = new HashMap<>();
		String scope = scopeAndView(reader, municipalityId, StaffCaseView.ALL, params);
		String sql = "select count(*) filter (where " + newCases(reader, params) + ") as new_cases, "
				+ "count(*) filter (where " + OVERDUE + ") as overdue, " + "count(*) filter (where "
				+ replies(reader, params) + ") as replies from cases c where " + scope + " and (c.closed_at is null)";
		return jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new StaffCaseCounts(rs.getInt("new_cases"), rs.getInt("overdue"), rs.getInt("replies")))
			.single();
	}

	/**
	 * The default view of a reader: the coach queue for coaches, else their units or
	 * their own cases.
	 */
	public StaffCaseView defaultView(StaffPrincipal reader, long municipalityId) {
		if (CasePermissions.viewScope(reader, municipalityId, List.of()).everything()) {
			return StaffCaseView.NEW;
		}
		return unitIdsOf(reader, municipalityId).isEmpty() ? StaffCaseView.MINE : StaffCaseView.UNIT;
	}

	private List<Long> unitIdsOf(StaffPrincipal reader, long municipalityId) {
		return reader.belongsTo(municipalityId) ? staff.unitIdsOf(municipalityId, reader.id()) : List.of();
	}

	private String scopeAndView(StaffPrincipal reader, long municipalityId, StaffCaseView view,
			Map<String, Object> params) {
		CasePermissions.ViewScope scope = CasePermissions.viewScope(reader, municipalityId,
				unitIdsOf(reader, municipalityId));
		params.put("m", municipalityId);
		params.put("me", scope.staffId());
		params.put("units", "{" + scope.unitIds().stream().map(String::valueOf).collect(Collectors.joining(",")) + "}");
		params.put("today", today());
		params.put("coach", scope.everything());
		StringBuilder where = new StringBuilder("c.municipality_id = :m");
		if (!scope.any()) {
			where.append(" and false");
		}
		else if (!scope.everything()) {
			where.append(" and (c.unit_id = any (cast(:units as bigint[])) or c.contact_staff_id = :me)");
		}
		where.append(switch (view) {
			case NEW -> " and " + newCases(reader, params);
			case RETURNED -> " and c.status = 'RECEIVED' and c.returned_by_unit_id is not null";
			case REPLIES -> " and " + replies(reader, params);
			case OVERDUE -> " and " + OVERDUE;
			case MINE -> " and c.closed_at is null and c.contact_staff_id = :me";
			case UNIT -> " and c.closed_at is null and c.unit_id = any (cast(:units as bigint[]))";
			case ALL -> "";
		});
		return where.toString();
	}

	/**
	 * New for the reader: the coach queue, or their units' open cases nobody has taken.
	 */
	private static String newCases(StaffPrincipal reader, Map<String, Object> params) {
		return Boolean.TRUE.equals(params.get("coach")) ? "(c.status = 'RECEIVED')"
				: "(c.closed_at is null and c.unit_id = any (cast(:units as bigint[])) and c.contact_staff_id is null)";
	}

	/** Unread replies on what the reader is responsible for: their own, or new ones. */
	private static String replies(StaffPrincipal reader, Map<String, Object> params) {
		return "(" + UNREAD + " and (c.contact_staff_id = :me or (c.contact_staff_id is null and "
				+ newCases(reader, params) + ")))";
	}

	private static void filters(StaffCaseQuery query, StringBuilder sql, Map<String, Object> params) {
		if (query.text() != null) {
			params.put("reference", query.text().toUpperCase(Locale.ROOT));
			params.put("pattern",
					"%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			sql.append(" and (c.reference = :reference"
					+ " or medskapa_unaccent(c.title || ' ' || coalesce(c.place, '')) ilike medskapa_unaccent(:pattern))");
		}
		if (query.kind() != null) {
			params.put("kind", query.kind().name());
			sql.append(" and c.kind = :kind");
		}
		if (query.categoryId() != null) {
			params.put("categoryId", query.categoryId());
			sql.append(" and c.category_id = :categoryId");
		}
		if (query.unitId() != null) {
			params.put("unitId", query.unitId());
			sql.append(" and c.unit_id = :unitId");
		}
		if (query.status() != null) {
			params.put("status", query.status().name());
			sql.append(" and c.status = :status");
		}
	}

	/**
	 * The reader opened the case page: if they are the one responsible for it (its
	 * contact, or while it has none its coach or unit staff), its resident replies are
	 * read.
	 */
	private void noteSeen(StaffPrincipal reader, CaseFile file, Set<CaseAction> actions) {
		boolean responsible = file.contactStaffId() == null
				? actions.contains(CaseAction.ROUTE) || actions.contains(CaseAction.TAKE)
				: file.contactStaffId() == reader.id();
		if (responsible) {
			files.markRepliesSeen(file.municipalityId(), file.id(), clock.instant());
		}
	}

	private StaffCaseRow row(ResultSet rs, int row) throws SQLException {
		LocalDate today = today();
		LocalDate acknowledgeDue = rs.getObject("acknowledge_due", LocalDate.class);
		LocalDate answerDue = rs.getObject("answer_due", LocalDate.class);
		Instant submittedAt = rs.getTimestamp("submitted_at").toInstant();
		boolean closed = rs.getTimestamp("closed_at") != null;
		boolean overdue = !closed && ((rs.getTimestamp("acknowledged_at") == null && today.isAfter(acknowledgeDue))
				|| (rs.getTimestamp("answered_at") == null && today.isAfter(answerDue)));
		long ageDays = ChronoUnit.DAYS.between(LocalDate.ofInstant(submittedAt, WorkingDays.SWEDEN), today);
		return new StaffCaseRow(rs.getLong("id"), rs.getString("reference"), CaseKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("category_name"), rs.getString("place"), rs.getString("unit_name"),
				rs.getString("contact_name"), submittedAt, ageDays, answerDue,
				CaseStatus.valueOf(rs.getString("status")), closed, overdue, rs.getString("returned_by_unit_name"),
				rs.getBoolean("unread_reply"));
	}

	private static long toMicros(Instant instant) {
		return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
	}

	private static Instant fromMicros(long micros) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), WorkingDays.SWEDEN);
	}

	private static CaseStatus status(String name) {
		return name == null ? null : CaseStatus.valueOf(name);
	}

}
