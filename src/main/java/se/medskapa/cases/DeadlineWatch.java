package se.medskapa.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.cases.events.CaseDeadlineMissed;
import se.medskapa.cases.events.CaseDeadlineMissed.Deadline;
import se.medskapa.shared.WorkingDays;

/**
 * Finds cases past their deadlines and escalates each breach once ({@link CaseJobs} runs
 * it every quarter of an hour, on one node at a time). The claim is an UPDATE that sets
 * the escalation time only where it is still empty, so several application nodes running
 * this job never escalate the same breach twice, and no lock service is needed.
 */
@Component
class DeadlineWatch {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeadlineWatch(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public int escalateMissedDeadlines() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDays.SWEDEN);
		Timestamp now = Timestamp.from(clock.instant());
		int escalated = 0;
		for (CaseDeadlineMissed missed : jdbc
			.sql("""
					update cases set acknowledge_escalated_at = ?
					where closed_at is null and acknowledged_at is null and acknowledge_due < ? and acknowledge_escalated_at is null
					returning id, municipality_id""")
			.params(now, today)
			.query((rs, row) -> new CaseDeadlineMissed(rs.getLong(1), rs.getLong(2), Deadline.ACKNOWLEDGE))
			.list()) {
			events.publishEvent(missed);
			escalated++;
		}
		for (CaseDeadlineMissed missed : jdbc.sql("""
				update cases set answer_escalated_at = ?
				where closed_at is null and answered_at is null and answer_due < ? and answer_escalated_at is null
				returning id, municipality_id""")
			.params(now, today)
			.query((rs, row) -> new CaseDeadlineMissed(rs.getLong(1), rs.getLong(2), Deadline.ANSWER))
			.list()) {
			events.publishEvent(missed);
			escalated++;
		}
		return escalated;
	}

}
