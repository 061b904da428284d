package se.medskapa.contacts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffPrincipal;

/**
 * An official's search of their own municipality's bank: a count, shown exactly only from
 * 5, and pseudonyms only when there are at least 5. Nothing else of a row is shown, so no
 * subgroup smaller than 5 can be counted from the rows. A search whose matches differ
 * from one of the official's recent searches by 1 to 4 entries is refused, so that
 * subtracting two searches cannot single out a small group either (ADR 0037). Every
 * search is audited and counts, for each resident it matched, towards "matched this
 * year".
 */
@Service
public class ContactSearch {

	static final int ROW_LIMIT = 100;

	/** How long a search that showed a count is remembered for the differencing check. */
	static final Duration RECENT = Duration.ofDays(30);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ContactAudit audit;

	ContactSearch(JdbcClient jdbc, Clock clock, ContactAudit audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * The outcome of a search: the count, and the pseudonyms when there are at least 5;
	 * or, when {@code tooCloseToRecent}, neither, because the matches differ from those
	 * of one of the official's recent searches by fewer than 5.
	 */
	public record Result(SmallCount count, List<String> pseudonyms, boolean tooCloseToRecent) {

		static Result refused() {
			return new Result(new SmallCount(0), List.of(), true);
		}

	}

	@Transactional
	public Result search(StaffPrincipal actor, long municipalityId, SearchCriteria criteria) {
		ContactPermissions.require(ContactAction.SEARCH, actor, municipalityId);
		Instant now = clock.instant();
		List<Object> params = new ArrayList<>();
		String where = criteria.where(municipalityId, now, params);
		// One statement: the matches found once (by the purposes index), their count and
		// the
		// first pseudonyms, which are dropped below unless the count may be shown. A
		// window
		// count led the planner to walk the pseudonym index over the whole bank.
		List<Object> rowParams = new ArrayList<>(params);
		rowParams.add(ROW_LIMIT);
		record Row(String pseudonym, int matches) {
		}
		List<Row> rows = jdbc
			.sql("with found as materialized (select m.pseudonym from contact_member m where " + where
					+ ") select f.pseudonym, (select count(*) from found) as matches from found f"
					+ " order by f.pseudonym limit ?")
			.params(rowParams)
			.query(Row.class)
			.list();
		int matches = rows.isEmpty() ? 0 : rows.get(0).matches();
		SmallCount count = new SmallCount(matches);
		boolean refused = count.shown() && closeToRecent(actor, municipalityId, criteria, matches, now);
		// The search is logged with its filters: for the differencing check of later
		// searches and
		// for each resident's "matched this year", counted when they look (ADR 0037).
		log(actor, municipalityId, criteria, matches, count.shown(), refused, now);
		audit.record(actor, municipalityId, "SEARCH", criteria.describe() + (refused ? "; refused=differencing" : ""),
				matches, null, null);
		if (refused) {
			return Result.refused();
		}
		if (!count.shown()) {
			return new Result(count, List.of(), false);
		}
		return new Result(count, rows.stream().map(Row::pseudonym).toList(), false);
	}

	/**
	 * Whether the entries matching {@code criteria} now differ from those matching one of
	 * the official's searches of the last 30 days that showed a count by 1 to 4. The
	 * symmetric difference is at least the difference of the counts, so only searches
	 * whose count is within 4 of this one are evaluated again; an identical search
	 * differs by nobody.
	 */
	boolean closeToRecent(StaffPrincipal actor, long municipalityId, SearchCriteria criteria, int matches,
			Instant now) {
		List<SearchCriteria> candidates = jdbc.sql("""
				select distinct topic_id, district_id, way, language, age_band, residence_district_id, occupation,
				  school_parent
				from contact_search
				where municipality_id = ? and staff_id = ? and shown and not refused and matches between ? and ?
				  and searched_at > ?""")
			.params(municipalityId, actor.id(), matches - (SmallCount.THRESHOLD - 1),
					matches + (SmallCount.THRESHOLD - 1), Timestamp.from(now.minus(RECENT)))
			.query((rs, row) -> new SearchCriteria(rs.getObject(1, Long.class), rs.getObject(2, Long.class),
					rs.getString(3) == null ? null : WayOfTakingPart.valueOf(rs.getString(3)), rs.getString(4),
					rs.getString(5), rs.getObject(6, Long.class), rs.getString(7), rs.getObject(8, Boolean.class)))
			.list()
			.stream()
			.filter(recent -> !recent.equals(criteria))
			.toList();
		for (SearchCriteria recent : candidates) {
			// Those matching either, less those matching both: the "or" lets the planner
			// combine the indexes of both searches. Values in the order of the text.
			List<Object> params = new ArrayList<>();
			String inBoth = "coalesce((" + criteria.filters(params) + "), false) and coalesce(("
					+ recent.filters(params) + "), false)";
			String active = SearchCriteria.active(municipalityId, now, params);
			String inEither = "(" + criteria.filters(params) + ") or (" + recent.filters(params) + ")";
			int differing = jdbc
				.sql("select count(*) filter (where not (" + inBoth + ")) from contact_member m where " + active
						+ " and (" + inEither + ")")
				.params(params)
				.query(Integer.class)
				.single();
			if (differing > 0 && differing < SmallCount.THRESHOLD) {
				return true;
			}
		}
		return false;
	}

	private void log(StaffPrincipal actor, long municipalityId, SearchCriteria criteria, int matches, boolean shown,
			boolean refused, Instant now) {
		jdbc.sql("""
				insert into contact_search (municipality_id, staff_id, topic_id, district_id, way, language, age_band,
				  residence_district_id, occupation, school_parent, matches, shown, refused, searched_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(municipalityId, actor.id(), criteria.topicId(), criteria.districtId(),
					criteria.way() == null ? null : criteria.way().name(), criteria.language(), criteria.ageBand(),
					criteria.residenceDistrictId(), criteria.occupation(), criteria.schoolParent(), matches, shown,
					refused, Timestamp.from(now))
			.update();
	}

}
