package se.medskapa.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.medskapa.cases.events.CaseDeadlineMissed;
import se.medskapa.cases.events.CaseDeadlineMissed.Deadline;
import se.medskapa.shared.WorkingDays;

/**
 * Finds cases past their deadlines and escalates each breach once ({@link CaseJobs} runs
 * it every quarter of an hour, on one node at a time). The claim is an UPDATE that sets
 * the escalation time only where it is still empty, so several application nodes running
 * this job never escalate the same breach twice, and no lock service is needed.
 * <p>
 * Two watches running at once must not deadlock either: each claim is its own transaction
 * (a watch never holds the rows of one claim while it waits for rows of the other), and a
 * claim locks its rows in id order, so one watch waits for the other at the first row
 * they share and never the other way round.
 */
@Component
class DeadlineWatch {

	private static final String CLAIM_ACKNOWLEDGE = """
			update cases set acknowledge_escalated_at = ?
			where id in (select id from cases
			    where closed_at is null and acknowledged_at is null and acknowledge_due < ?
			    and acknowledge_escalated_at is null
			    order by id for update)
			returning id, municipality_id""";

	private static final String CLAIM_ANSWER = """
			update cases set answer_escalated_at = ?
			where id in (select id from cases
			    where closed_at is null and answered_at is null and answer_due < ?
			    and answer_escalated_at is null
			    order by id for update)
			returning id, municipality_id""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate eachClaim;

	DeadlineWatch(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.eachClaim = new TransactionTemplate(transactions);
		this.eachClaim.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	public int escalateMissedDeadlines() {
		return claim(CLAIM_ACKNOWLEDGE, Deadline.ACKNOWLEDGE) + claim(CLAIM_ANSWER, Deadline.ANSWER);
	}

	/** Claims and announces the breaches of one deadline in one transaction. */
	private int claim(String statement, Deadline deadline) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDays.SWEDEN);
		Timestamp now = Timestamp.from(clock.instant());
		return eachClaim.execute(status -> {
			List<CaseDeadlineMissed> missed = jdbc.sql(statement)
				.params(now, today)
				.query((rs, row) -> new CaseDeadlineMissed(rs.getLong(1), rs.getLong(2), deadline))
				.list();
			missed.forEach(events::publishEvent);
			return missed.size();
		});
	}

}
