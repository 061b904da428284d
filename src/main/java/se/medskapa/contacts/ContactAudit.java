package se.medskapa.contacts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.medskapa.accounts.StaffPrincipal;

/**
 * The audit log of the bank: every search, invitation and reveal with who, when, the
 * criteria and how many. The municipality admin reads and filters it; counts in it obey
 * the same "fewer than 5" rule as the search.
 */
@Service
public class ContactAudit {

	private final JdbcClient jdbc;

	private final Clock clock;

	ContactAudit(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(StaffPrincipal actor, long municipalityId, String kind, String criteria, int hits, Long memberId,
			String unitName) {
		jdbc.sql("""
				insert into contact_audit (municipality_id, staff_id, staff_name, kind, criteria, hits, member_id,
				  unit_name, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(municipalityId, actor.id(), actor.displayName(), kind, criteria, hits, memberId, unitName,
					Timestamp.from(clock.instant()))
			.update();
	}

	/** One line of the log as the admin sees it. */
	public record Entry(Instant at, String staffName, String kind, String criteria, SmallCount hits, String unitName) {
	}

	/** Newest first, at most 500; kind, staff name part and dates optional. */
	public List<Entry> entries(StaffPrincipal actor, long municipalityId, String kind, String staffName, LocalDate from,
			LocalDate to) {
		ContactPermissions.require(ContactAction.READ_AUDIT, actor, municipalityId);
		StringBuilder sql = new StringBuilder("""
				select created_at, staff_name, kind, criteria, hits, unit_name from contact_audit
				where municipality_id = ?""");
		List<Object> params = new ArrayList<>(List.of(municipalityId));
		if (kind != null) {
			sql.append(" and kind = ?");
			params.add(kind);
		}
		if (staffName != null && !staffName.isBlank()) {
			sql.append(" and staff_name ilike '%' || ? || '%'");
			params.add(staffName.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
		}
		if (from != null) {
			sql.append(" and created_at >= ?");
			params.add(Timestamp.from(from.atStartOfDay(ContactBank.SWEDEN).toInstant()));
		}
		if (to != null) {
			sql.append(" and created_at < ?");
			params.add(Timestamp.from(to.plusDays(1).atStartOfDay(ContactBank.SWEDEN).toInstant()));
		}
		sql.append(" order by created_at desc, id desc limit 500");
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), new SmallCount(rs.getInt(5)), rs.getString(6)))
			.list();
	}

}
