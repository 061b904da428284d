package se.medskapa.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.shared.Timestamps;
import se.medskapa.shared.Times;

import static se.medskapa.shared.Timestamps.instant;

/**
 * The export of a municipality's cases for its records system: every case of the
 * municipality (internal ones too), optionally those submitted within a date range,
 * oldest first. One query, read with a database cursor and handed on row by row, so a
 * large export never sits in memory.
 */
@Service
public class CaseRecords {

	/**
	 * Rows fetched from PostgreSQL at a time; the driver streams only inside a
	 * transaction.
	 */
	static final int FETCH_SIZE = 500;

	private final JdbcClient streaming;

	private final Times times;

	CaseRecords(DataSource dataSource, Times times) {
		this.times = times;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = JdbcClient.create(template);
	}

	/**
	 * Hands every case of the municipality submitted from {@code from} to {@code to}
	 * (Swedish dates, both inclusive, each optional) to {@code sink}, oldest first.
	 * @throws CaseAccessDeniedException unless the actor is an idea coach or admin of the
	 * municipality
	 */
	@Transactional(readOnly = true)
	public void export(StaffPrincipal actor, long municipalityId, LocalDate from, LocalDate to,
			Consumer<CaseRecord> sink) {
		CasePermissions.requireExport(actor, municipalityId);
		Instant start = from == null ? null : times.startOf(from);
		Instant end = to == null ? null : times.startOf(to.plusDays(1));
		streaming.sql("""
				select c.reference, c.registry_number, c.kind, c.status, cat.name as category, u.name as unit,
				       c.submitted_at, c.acknowledged_at, c.answered_at, c.closed_at, c.hops, c.published
				from cases c
				left join category cat on cat.id = c.category_id and cat.municipality_id = c.municipality_id
				left join unit u on u.id = c.unit_id and u.municipality_id = c.municipality_id
				where c.municipality_id = ?
				  and (?::timestamptz is null or c.submitted_at >= ?::timestamptz)
				  and (?::timestamptz is null or c.submitted_at < ?::timestamptz)
				order by c.submitted_at, c.id""")
			.params(municipalityId, Timestamps.of(start), Timestamps.of(start), Timestamps.of(end), Timestamps.of(end))
			.query(rs -> {
				sink.accept(new CaseRecord(rs.getString("reference"), rs.getString("registry_number"),
						CaseKind.valueOf(rs.getString("kind")), CaseStatus.valueOf(rs.getString("status")),
						rs.getString("category"), rs.getString("unit"), instant(rs.getTimestamp("submitted_at")),
						instant(rs.getTimestamp("acknowledged_at")), instant(rs.getTimestamp("answered_at")),
						instant(rs.getTimestamp("closed_at")), rs.getInt("hops"), rs.getBoolean("published")));
			});
	}

}
