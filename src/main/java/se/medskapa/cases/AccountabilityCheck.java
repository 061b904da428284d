package se.medskapa.cases;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves, every night, that every open case has someone accountable. The database already
 * refuses an open case without unit outside the coach queue (check constraint); this job
 * repairs what a constraint cannot see: a named contact who is no longer active or no
 * longer in the case's unit goes back to the unit queue.
 */
@Component
class AccountabilityCheck {

	private static final Logger log = LoggerFactory.getLogger(AccountabilityCheck.class);

	private final JdbcClient jdbc;

	private final CaseHandling handling;

	AccountabilityCheck(JdbcClient jdbc, CaseHandling handling) {
		this.jdbc = jdbc;
		this.handling = handling;
	}

	@Transactional
	public int releaseCasesWithoutActiveContact() {
		record Stale(long municipalityId, long staffId) {
		}
		int released = 0;
		for (Stale stale : jdbc.sql("""
				select distinct c.municipality_id, c.contact_staff_id as staff_id from cases c
				join staff_account s on s.id = c.contact_staff_id
				where c.closed_at is null and (not s.active or not exists (
				    select 1 from staff_unit_membership m where m.staff_id = s.id and m.unit_id = c.unit_id))
				  and c.status <> 'RECEIVED'""").query(Stale.class).list()) {
			released += handling.releaseCasesOf(stale.municipalityId(), stale.staffId(), jdbc
				.sql("select unit_id from staff_unit_membership m join staff_account s on s.id = m.staff_id "
						+ "where m.staff_id = ? and s.active")
				.param(stale.staffId())
				.query(Long.class)
				.list());
		}
		long withoutUnit = jdbc.sql("""
				select count(*) from cases where closed_at is null and status <> 'RECEIVED' and unit_id is null""")
			.query(Long.class)
			.single();
		if (released > 0 || withoutUnit > 0) {
			log.warn("Accountability check: {} cases returned to their unit queues, {} open cases without unit",
					released, withoutUnit);
		}
		return released;
	}

}
