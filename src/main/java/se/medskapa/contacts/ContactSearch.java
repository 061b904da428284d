package se.medskapa.contacts;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffPrincipal;

/**
 * An official's search of their own municipality's bank: a count, shown exactly only from
 * 5, and pseudonyms only when there are at least 5. Nothing else of a row is shown, so no
 * subgroup smaller than 5 can be counted from the rows. Every search is audited and
 * counts, for each resident it matched, towards "matched this year".
 */
@Service
public class ContactSearch {

	static final int ROW_LIMIT = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ContactAudit audit;

	ContactSearch(JdbcClient jdbc, Clock clock, ContactAudit audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * The outcome of a search: the count, and the pseudonyms when there are at least 5.
	 */
	public record Result(SmallCount count, List<String> pseudonyms) {
	}

	@Transactional
	public Result search(StaffPrincipal actor, long municipalityId, SearchCriteria criteria) {
		ContactPermissions.require(ContactAction.SEARCH, actor, municipalityId);
		int year = ZonedDateTime.now(clock.withZone(ContactBank.SWEDEN)).getYear();
		List<Object> params = new ArrayList<>();
		String where = criteria.where(municipalityId, clock.instant(), params);
		int matches = jdbc.sql("select count(*) from contact_member m where " + where)
			.params(params)
			.query(Integer.class)
			.single();
		// "Matched this year" is a statistic: rows an invitation holds at this moment are
		// skipped rather than waited for, so a search never blocks or deadlocks an
		// invitation.
		List<Object> counterParams = new ArrayList<>(List.of(year, year));
		counterParams.addAll(params);
		jdbc.sql("""
				update contact_member set match_count = case when match_year = ? then match_count + 1 else 1 end,
				  match_year = ? where id in (select m.id from contact_member m where """ + " " + where
				+ " for no key update skip locked)")
			.params(counterParams)
			.update();
		audit.record(actor, municipalityId, "SEARCH", criteria.describe(), matches, null, null);
		SmallCount count = new SmallCount(matches);
		if (!count.shown()) {
			return new Result(count, List.of());
		}
		List<Object> rowParams = new ArrayList<>();
		String rowWhere = criteria.where(municipalityId, clock.instant(), rowParams);
		rowParams.add(ROW_LIMIT);
		return new Result(count,
				jdbc.sql("select m.pseudonym from contact_member m where " + rowWhere + " order by m.pseudonym limit ?")
					.params(rowParams)
					.query(String.class)
					.list());
	}

}
