package se.medskapa.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.medskapa.shared.PublicReads;
import se.medskapa.shared.WorkingDays;

import static se.medskapa.shared.Timestamps.instant;

/**
 * Open feedback: what anyone may read about a municipality's cases. Only cases that a
 * coach published (and that are not internal ideas) are visible, and only through their
 * coach-reviewed public title and description; the resident's original texts, the
 * submitter and internal notes are never read here.
 * <p>
 * Lists page by keyset (never OFFSET) and read one page, with the number of matches up to
 * {@link PublicCasePage#COUNT_LIMIT}, in a single statement. A search reads first the
 * newest {@link #SEARCH_WINDOW} cases of the list and keeps it when that settles the page
 * and the count (up to {@link PublicCasePage#SEARCH_COUNT_LIMIT}): a common word; else
 * the full-text index, and when nothing matches by its words, title similarity (ADR
 * 0038).
 */
@Service
public class PublicCases {

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 50;

	/**
	 * Timeline entries the public may see. Internal notes and the resident's own replies
	 * never are.
	 */
	static final Set<String> PUBLIC_EVENT_TYPES = Set.of("SUBMITTED", "ROUTED", "TAKEN", "HANDED_OVER",
			"RETURNED_TO_COACH", "STATUS_CHANGED", "PUBLIC_MESSAGE", "ANSWERED", "FORWARDED", "MERGED", "WITHDRAWN");

	/** The statuses of the showcase "Genomfört tack vare er". */
	public static final Set<CaseStatus> SHOWCASE_STATUSES = EnumSet.of(CaseStatus.IMPLEMENTED, CaseStatus.PILOTED);

	/**
	 * What the public may see: published, not an internal idea, and with a reviewed
	 * public title. The partial indexes of V9 are defined on exactly this predicate.
	 */
	private static final String VISIBLE = "c.municipality_id = :municipalityId and c.published and not c.internal "
			+ "and c.public_title is not null";

	private static final String EVENT_TYPES_SQL = PUBLIC_EVENT_TYPES.stream()
		.sorted()
		.map(type -> "'" + type + "'")
		.collect(Collectors.joining(", "));

	static final int EXCERPT_LENGTH = 240;

	/**
	 * How many of the newest cases of a list a search reads before it asks the full-text
	 * index: a word in more than one case of 20 fills the count and the page from them.
	 */
	static final int SEARCH_WINDOW = 2_000;

	private final JdbcClient jdbc;

	private final WorkingDays workingDays;

	private final Clock clock;

	PublicCases(PublicReads reads, WorkingDays workingDays, Clock clock) {
		this.jdbc = reads.jdbc();
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/**
	 * One page of the published cases of a municipality.
	 * @param cursor the {@link PublicCasePage#nextCursor()} of the previous page, or
	 * {@code null}
	 * @throws InvalidCursorException when the cursor was not handed out for this order
	 */
	public PublicCasePage list(long municipalityId, PublicCaseQuery query, String cursor, int pageSize) {
		return page(municipalityId, query, cursor, pageSize, false);
	}

	/**
	 * One page of the showcase: published cases implemented or piloted, newest first,
	 * with their latest answer.
	 */
	public PublicCasePage showcase(long municipalityId, String cursor, int pageSize) {
		return page(municipalityId, PublicCaseQuery.newest(), cursor, pageSize, true);
	}

	/**
	 * A published case of the municipality with its public timeline; empty for anything
	 * the public may not see.
	 */
	public Optional<PublicCase> find(long municipalityId, String reference) {
		return findWithId(municipalityId, reference).map(Found::publicCase);
	}

	/**
	 * {@link #find} with the case's id (for its participation section): the case and its
	 * timeline in one statement, one row per public event.
	 */
	/**
	 * Whether the case was published and is now hidden pending review after reports (ADR
	 * 0031): its page says so instead of "not found".
	 */
	public boolean hiddenPendingReview(long municipalityId, String reference) {
		return jdbc.sql("""
				select exists (select 1 from cases c
				               where c.municipality_id = ? and c.reference = ? and not c.published
				                 and (select e.internal_note from case_event e where e.case_id = c.id
				                      order by e.id desc limit 1) like ?)""")
			.params(municipalityId, reference, CaseParticipation.MODERATION_NOTE + "%")
			.query(Boolean.class)
			.single();
	}

	public Optional<Found> findWithId(long municipalityId, String reference) {
		List<PublicCase.Event> timeline = new ArrayList<>();
		Found[] found = { null };
		jdbc.sql("""
				select c.id, c.reference, c.kind, c.status, c.public_title, c.public_description, c.submitted_at,
				       c.answered_at, c.closed_at, cat.name as category_name, u.name as unit_name,
				       case when ms.show_staff_names then s.display_name end as contact_name,
				       e.occurred_at, e.type as event_type, e.to_status, eu.name as event_unit_name, e.public_message,
				       case when ms.show_staff_names then ec.display_name end as event_contact_name
				from cases c
				join municipality_settings ms on ms.municipality_id = c.municipality_id
				left join category cat on cat.id = c.category_id and cat.municipality_id = c.municipality_id
				left join unit u on u.id = c.unit_id and u.municipality_id = c.municipality_id
				left join staff_account s on s.id = c.contact_staff_id and s.municipality_id = c.municipality_id
				left join case_event e on e.case_id = c.id and e.municipality_id = c.municipality_id and e.type in (%s)
				left join unit eu on eu.id = e.unit_id and eu.municipality_id = e.municipality_id
				left join staff_account ec on ec.id = e.contact_staff_id and ec.municipality_id = e.municipality_id
				where %s and c.reference = :reference
				order by e.occurred_at, e.id""".formatted(EVENT_TYPES_SQL, VISIBLE))
			.param("municipalityId", municipalityId)
			.param("reference", reference)
			.query(rs -> {
				if (found[0] == null) {
					Instant submittedAt = instant(rs.getTimestamp("submitted_at"));
					Instant answeredAt = instant(rs.getTimestamp("answered_at"));
					Instant closedAt = instant(rs.getTimestamp("closed_at"));
					found[0] = new Found(rs.getLong("id"),
							new PublicCase(rs.getString("reference"), CaseKind.valueOf(rs.getString("kind")),
									CaseStatus.valueOf(rs.getString("status")), rs.getString("public_title"),
									rs.getString("public_description"), rs.getString("category_name"),
									rs.getString("unit_name"), rs.getString("contact_name"), submittedAt, answeredAt,
									closedAt, daysTaken(submittedAt, answeredAt, closedAt), timeline));
				}
				if (rs.getString("event_type") != null) {
					timeline
						.add(new PublicCase.Event(instant(rs.getTimestamp("occurred_at")), rs.getString("event_type"),
								status(rs.getString("to_status")), rs.getString("event_unit_name"),
								rs.getString("public_message"), rs.getString("event_contact_name")));
				}
			});
		return Optional.ofNullable(found[0]);
	}

	/**
	 * Working days from submission to the answer, else to closing, else to today (Swedish
	 * dates).
	 */
	private int daysTaken(Instant submittedAt, Instant answeredAt, Instant closedAt) {
		Instant end = answeredAt != null ? answeredAt : closedAt != null ? closedAt : clock.instant();
		return workingDays.workingDaysBetween(LocalDate.ofInstant(submittedAt, WorkingDays.SWEDEN),
				LocalDate.ofInstant(end, WorkingDays.SWEDEN));
	}

	private PublicCasePage page(long municipalityId, PublicCaseQuery query, String cursor, int pageSize,
			boolean showcase) {
		int size = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
		PageCursor after = PageCursor.decode(cursor, query.sort());
		Map<String, Object> params = new HashMap<>();
		params.put("municipalityId", municipalityId);
		StringBuilder where = new StringBuilder(VISIBLE);
		if (showcase) {
			// Literal, so that the partial index cases_public_implemented_idx applies.
			where.append(" and c.status in ('IMPLEMENTED', 'PILOTED')");
		}
		if (query.status() != null) {
			where.append(" and c.status = :status");
			params.put("status", query.status().name());
		}
		if (query.kind() != null) {
			where.append(" and c.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.categoryId() != null) {
			where.append(" and c.category_id = :categoryId");
			params.put("categoryId", query.categoryId());
		}
		if (query.text() != null) {
			// Swedish full-text search (stems, prefixes, with or without accents); only
			// when no case matches that way, titles similar enough to survive a typo. Two
			// separate paths, each with its own index keyed by the municipality (cases
			// V11), instead of one OR that had to rank every match of both. The scalar
			// subquery builds the tsquery once per statement.
			params.put("text", query.text());
			String words = " and c.search_vector @@ (select medskapa_search_query(:text))";
			Optional<PublicCasePage> recent = recentMatches(params, where.toString(), words, query, after, size);
			if (recent.isPresent() && recent.get().total() > 0) {
				return recent.get();
			}
			// Settled with no match: the window held the whole list, the index would find
			// nothing either.
			if (recent.isEmpty()) {
				PublicCasePage found = page(params, where + words, query, after, size, showcase,
						PublicCasePage.SEARCH_COUNT_LIMIT);
				if (found.total() > 0) {
					return found;
				}
			}
			return page(params, where + " and medskapa_unaccent(c.public_title) %> medskapa_unaccent(:text)", query,
					after, size, showcase, PublicCasePage.SEARCH_COUNT_LIMIT);
		}
		return page(params, where.toString(), query, after, size, showcase, PublicCasePage.COUNT_LIMIT);
	}

	/**
	 * A search among the newest {@link #SEARCH_WINDOW} cases of the list (in the list's
	 * order, so the walk follows the list's own index and stops there): kept when it
	 * settles both the page (a full page and one more found, or the window held every
	 * case of the list) and the count (more than the bound matched, or the window held
	 * every case). A common word is settled after a few hundred cases, where the
	 * full-text index would collect and sort every match of the municipality; a rarer
	 * word is left to the index, which is fast for few matches. Empty when not settled.
	 */
	private Optional<PublicCasePage> recentMatches(Map<String, Object> params, String where, String words,
			PublicCaseQuery query, PageCursor after, int size) {
		Order order = order(params, query, after);
		params.put("window", SEARCH_WINDOW);
		params.put("limit", size + 1);
		String sql = """
				select counted.matches, counted.scanned, page.*
				from (select count(*) filter (where %1$s) as matches, count(*) as scanned
				      from (select c.search_vector from cases c where %2$s order by %3$s limit :window) c) counted
				left join lateral (
				    select c.id, c.reference, c.kind, c.status, c.public_title, left(c.public_description, %4$d) as excerpt,
				           c.submitted_at, c.support_count, cat.name as category_name, u.name as unit_name,
				           null as latest_message
				    from (select c.* from cases c where %2$s%5$s order by %3$s limit :window) c
				    left join category cat on cat.id = c.category_id and cat.municipality_id = c.municipality_id
				    left join unit u on u.id = c.unit_id and u.municipality_id = c.municipality_id
				    where %1$s
				    order by %3$s
				    limit :limit) page on true
				order by %6$s"""
			.formatted(words.substring(" and ".length()), where, prefixed("c.", order.columns()), EXCERPT_LENGTH + 1,
					order.keyset(), prefixed("page.", order.columns()));
		List<Row> rows = new ArrayList<>();
		long[] counted = { 0, 0 };
		jdbc.sql(sql).params(params).query(rs -> {
			counted[0] = rs.getLong("matches");
			counted[1] = rs.getLong("scanned");
			if (rs.getObject("id") != null) {
				rows.add(row(rs));
			}
		});
		boolean wholeList = counted[1] < SEARCH_WINDOW;
		boolean pageSettled = rows.size() > size || (after == null && wholeList);
		boolean countSettled = counted[0] > PublicCasePage.SEARCH_COUNT_LIMIT || wholeList;
		if (!pageSettled || !countSettled) {
			return Optional.empty();
		}
		return Optional.of(pageOf(rows, counted[0], size, query, PublicCasePage.SEARCH_COUNT_LIMIT));
	}

	/**
	 * The order of the list and, after a cursor, the keyset condition that continues it.
	 */
	private record Order(String columns, String keyset) {
	}

	private static Order order(Map<String, Object> params, PublicCaseQuery query, PageCursor after) {
		String keyset = "";
		String order;
		if (query.sort() == PublicCaseSort.MOST_SUPPORTED) {
			order = "support_count desc, submitted_at desc, id desc";
			if (after != null) {
				keyset = " and (c.support_count, c.submitted_at, c.id) < (:afterSupport, :afterSubmittedAt, :afterId)";
				params.put("afterSupport", after.supportCount());
			}
		}
		else {
			order = "submitted_at desc, id desc";
			if (after != null) {
				keyset = " and (c.submitted_at, c.id) < (:afterSubmittedAt, :afterId)";
			}
		}
		if (after != null) {
			params.put("afterSubmittedAt", OffsetDateTime.ofInstant(after.submittedAt(), ZoneOffset.UTC));
			params.put("afterId", after.id());
		}
		return new Order(order, keyset);
	}

	private static PublicCasePage pageOf(List<Row> rows, long total, int size, PublicCaseQuery query, int countLimit) {
		String next = null;
		if (rows.size() > size) {
			rows.subList(size, rows.size()).clear();
			Row last = rows.get(rows.size() - 1);
			next = PageCursor.after(query.sort(), last.summary(), last.id()).encode();
		}
		return new PublicCasePage(rows.stream().map(Row::summary).toList(), total, next, countLimit);
	}

	private PublicCasePage page(Map<String, Object> params, String where, PublicCaseQuery query, PageCursor after,
			int size, boolean showcase, int countLimit) {
		Order sorted = order(params, query, after);
		String keyset = sorted.keyset();
		String order = sorted.columns();
		params.put("limit", size + 1);
		String latestMessage = showcase ? """
				left join lateral (
				    select e.public_message from case_event e
				    where e.case_id = c.id and e.municipality_id = c.municipality_id and e.public_message is not null
				      and e.type in (%s)
				    order by e.occurred_at desc, e.id desc limit 1) latest on true""".formatted(EVENT_TYPES_SQL) : "";
		// The count and the page in one statement: the lateral page may be empty, the
		// count row is always there. The count stops after countLimit + 1 matches
		// ("more than 10,000"): counting every match cost more than the page itself.
		params.put("countLimit", countLimit + 1);
		String sql = """
				select total.matches, page.*
				from (select count(*) as matches from (select from cases c where %1$s limit :countLimit) m) total
				left join lateral (
				    select c.id, c.reference, c.kind, c.status, c.public_title, left(c.public_description, %2$d) as excerpt,
				           c.submitted_at, c.support_count, cat.name as category_name, u.name as unit_name,
				           %3$s as latest_message
				    from cases c
				    left join category cat on cat.id = c.category_id and cat.municipality_id = c.municipality_id
				    left join unit u on u.id = c.unit_id and u.municipality_id = c.municipality_id
				    %4$s
				    where %1$s%5$s
				    order by %6$s
				    limit :limit) page on true
				order by %7$s"""
			.formatted(where, EXCERPT_LENGTH + 1, showcase ? "latest.public_message" : "null", latestMessage, keyset,
					prefixed("c.", order), prefixed("page.", order));
		List<Row> rows = new ArrayList<>();
		long[] total = { 0 };
		jdbc.sql(sql).params(params).query(rs -> {
			total[0] = rs.getLong("matches");
			if (rs.getObject("id") != null) {
				rows.add(row(rs));
			}
		});
		return pageOf(rows, total[0], size, query, countLimit);
	}

	private static String prefixed(String alias, String order) {
		return alias + order.replace(", ", ", " + alias);
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"),
				new PublicCaseSummary(rs.getString("reference"), CaseKind.valueOf(rs.getString("kind")),
						CaseStatus.valueOf(rs.getString("status")), rs.getString("public_title"),
						excerpt(rs.getString("excerpt")), rs.getString("category_name"), rs.getString("unit_name"),
						instant(rs.getTimestamp("submitted_at")), rs.getInt("support_count"),
						rs.getString("latest_message")));
	}

	/**
	 * At most {@link #EXCERPT_LENGTH} characters, cut at a word and marked with an
	 * ellipsis when shortened.
	 */
	static String excerpt(String text) {
		if (text == null || text.length() <= EXCERPT_LENGTH) {
			return text;
		}
		String cut = text.substring(0, EXCERPT_LENGTH);
		int space = cut.lastIndexOf(' ');
		return (space > EXCERPT_LENGTH / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
	}

	private static CaseStatus status(String value) {
		return value == null ? null : CaseStatus.valueOf(value);
	}

	private record Row(long id, PublicCaseSummary summary) {
	}

	/** A published case and its id. */
	public record Found(long id, PublicCase publicCase) {
	}

}
