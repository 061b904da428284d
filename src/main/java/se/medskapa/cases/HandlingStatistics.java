package se.medskapa.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

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
 * <p>
 * The statement reads a year of a municipality's cases (4.8 s for the largest at
 * 1,000,000 cases), so its result is kept per municipality and node for {@link #MAX_AGE}:
 * the page shows how old the figures are (ADR 0020). One request computes at a time per
 * municipality; while a stale snapshot is recomputed, the others get the stale one, and
 * only the very first request of a municipality waits.
 */
@Service
public class HandlingStatistics {

	static final int MONTHS = 12;

	/** How long computed figures are shown before they are computed again. */
	public static final Duration MAX_AGE = Duration.ofMinutes(5);

	/** The longest the figures of one municipality may take to compute. */
	static final Duration COMPUTE_TIMEOUT = Duration.ofSeconds(60);

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

	private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();

	private final Map<Long, CompletableFuture<Snapshot>> computing = new ConcurrentHashMap<>();

	HandlingStatistics(DataSource dataSource, HandlingSettings settings, WorkingDays workingDays, Clock clock) {
		// Not the public reads' 5 s timeout: the statement runs once per municipality,
		// node and MAX_AGE, and takes several seconds for the largest municipality at
		// 1,000,000 cases (it would otherwise never finish there, and the page answer
		// 503 forever).
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setQueryTimeout((int) COMPUTE_TIMEOUT.toSeconds());
		this.jdbc = JdbcClient.create(template);
		this.settings = settings;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/**
	 * Every unit of the municipality (also those without cases), the whole municipality,
	 * and the municipality's deadlines, as computed at most {@link #MAX_AGE} ago (see
	 * {@link #snapshot}).
	 */
	public UnitFigures.Report lastTwelveMonths(long municipalityId) {
		return snapshot(municipalityId).report();
	}

	/**
	 * The figures of {@link #lastTwelveMonths} with the instant they were computed: at
	 * most {@link #MAX_AGE} old, or a little older while another request computes them
	 * again; always of today's twelve months.
	 */
	public Snapshot snapshot(long municipalityId) {
		Snapshot known = snapshots.get(municipalityId);
		Instant now = clock.instant();
		if (known != null && known.computedAt().plus(MAX_AGE).isAfter(now) && known.report().to().equals(today())) {
			return known;
		}
		CompletableFuture<Snapshot> mine = new CompletableFuture<>();
		CompletableFuture<Snapshot> running = computing.putIfAbsent(municipalityId, mine);
		if (running != null) {
			// Someone computes: the stale figures of today meanwhile, else wait for
			// theirs.
			return known != null && known.report().to().equals(today()) ? known : running.join();
		}
		try {
			Snapshot fresh = new Snapshot(compute(municipalityId), now);
			snapshots.put(municipalityId, fresh);
			mine.complete(fresh);
			return fresh;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			computing.remove(municipalityId, mine);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDays.SWEDEN));
	}

	/** Two statements: the figures, and the municipality's deadlines. */
	private UnitFigures.Report compute(long municipalityId) {
		LocalDate today = today();
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

	/** Handling figures and when they were computed. */
	public record Snapshot(UnitFigures.Report report, Instant computedAt) {

		/** Whole minutes since the figures were computed, as of {@code now}. */
		public long minutesOld(Instant now) {
			return Math.max(0, Duration.between(computedAt, now).toMinutes());
		}

	}

}
