package se.medskapa.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.medskapa.shared.PublicReads;
import se.medskapa.shared.WorkingDays;

/**
 * Public handling-time figures per unit over the last twelve months, computed in
 * PostgreSQL in one statement.
 * <p>
 * A case counts for the unit that holds it now, from its submission date. Times are
 * Swedish working days after the submission day, as
 * {@link WorkingDays#workingDaysBetween} counts them: the Swedish holidays of the period
 * are computed here (Jollyday) and handed to the query as a date array, so SQL and Java
 * agree on every day. "Within deadline" is the share of answered-or-overdue cases that
 * were answered on or before their answer date; withdrawn or merged cases without an
 * answer are not held against the unit. Internal ideas are left out.
 */
@Service
public class HandlingStatistics {

	static final int MONTHS = 12;

	/**
	 * Working days after {@code from} up to and including {@code to}; NULL when
	 * {@code to} is NULL.
	 */
	private static final String WORKING_DAYS = """
			case when %2$s is null then null else (
			    select count(*) from generate_series(0, %2$s - %1$s - 1) as g(n)
			    where extract(isodow from %1$s + 1 + g.n) < 6 and %1$s + 1 + g.n <> all(p.holidays)) end""";

	private final JdbcClient jdbc;

	private final HandlingSettings settings;

	private final WorkingDays workingDays;

	private final Clock clock;

	HandlingStatistics(PublicReads reads, HandlingSettings settings, WorkingDays workingDays, Clock clock) {
		this.jdbc = reads.jdbc();
		this.settings = settings;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/**
	 * Every unit of the municipality (also those without cases), the whole municipality,
	 * and the municipality's deadlines: two statements.
	 */
	public UnitFigures.Report lastTwelveMonths(long municipalityId) {
		LocalDate today = LocalDate.now(clock.withZone(WorkingDays.SWEDEN));
		LocalDate from = today.minusMonths(MONTHS);
		String sql = """
				with p as (select cast(:holidays as date[]) as holidays),
				case_days as (
				    select c.unit_id, c.status, c.answer_due, c.submitted_on, c.answered_on,
				           %1$s as acknowledge_days,
				           %2$s as answer_days
				    from (select c.unit_id, c.status, c.answer_due,
				                 (c.submitted_at at time zone 'Europe/Stockholm')::date as submitted_on,
				                 (c.acknowledged_at at time zone 'Europe/Stockholm')::date as acknowledged_on,
				                 (c.answered_at at time zone 'Europe/Stockholm')::date as answered_on
				          from cases c
				          where c.municipality_id = :municipalityId and not c.internal and c.unit_id is not null
				            and c.submitted_at >= :since) c
				    cross join p
				)
				select grouping(u.id) as whole_municipality, u.id as unit_id, u.name as unit_name,
				       d.name as department_name,
				       count(cd.unit_id) as cases,
				       percentile_cont(0.5) within group (order by cd.acknowledge_days) as median_acknowledge_days,
				       percentile_cont(0.5) within group (order by cd.answer_days) as median_answer_days,
				       count(*) filter (where cd.answered_on <= cd.answer_due) as answered_in_time,
				       count(*) filter (where cd.answered_on is not null
				                        or (cd.answer_due < :today and cd.status not in ('WITHDRAWN', 'MERGED'))) as due
				from unit u
				join department d on d.id = u.department_id and d.municipality_id = u.municipality_id
				left join case_days cd on cd.unit_id = u.id
				where u.municipality_id = :municipalityId
				group by grouping sets ((d.name, u.name, u.id), ())
				order by grouping(u.id), d.name, u.name""".formatted(
				WORKING_DAYS.formatted("c.submitted_on", "c.acknowledged_on"),
				WORKING_DAYS.formatted("c.submitted_on", "c.answered_on"));
		List<UnitFigures> units = new ArrayList<>();
		UnitFigures[] total = { null };
		jdbc.sql(sql)
			.param("holidays", holidays(from.minusDays(1), today))
			.param("municipalityId", municipalityId)
			.param("since", Timestamp.from(from.atStartOfDay(WorkingDays.SWEDEN).toInstant()))
			.param("today", today)
			.query(rs -> {
				UnitFigures figures = figures(rs);
				if (rs.getInt("whole_municipality") == 1) {
					total[0] = figures;
				}
				else {
					units.add(figures);
				}
			});
		HandlingSettings.Settings deadlines = settings.of(municipalityId);
		return new UnitFigures.Report(from, today, deadlines.acknowledgeDays(), deadlines.answerDays(), units,
				total[0]);
	}

	/**
	 * The weekdays that are Swedish holidays in the period, as a PostgreSQL array
	 * literal.
	 */
	private String holidays(LocalDate from, LocalDate to) {
		return from.datesUntil(to.plusDays(1))
			.filter(date -> date.getDayOfWeek().getValue() < 6 && !workingDays.isWorkingDay(date))
			.map(LocalDate::toString)
			.collect(Collectors.joining(",", "{", "}"));
	}

	private static UnitFigures figures(ResultSet rs) throws SQLException {
		long due = rs.getLong("due");
		return new UnitFigures(rs.getString("unit_name"), rs.getString("department_name"), rs.getLong("cases"),
				(Double) rs.getObject("median_acknowledge_days"), (Double) rs.getObject("median_answer_days"),
				rs.getLong("answered_in_time"), due);
	}

}
