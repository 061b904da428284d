package se.medskapa.cases;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The schedule of the cases module's jobs. Each run takes its ShedLock lock first, so
 * with several nodes on one database a run happens on one node only (ADR 0014); the lock
 * stays taken for at least {@code lockAtLeastFor}, so a node whose schedule fires a
 * little later skips that run too. Tests call {@link DeadlineWatch} and
 * {@link AccountabilityCheck} directly, without the lock.
 */
@Component
class CaseJobs {

	private final DeadlineWatch deadlineWatch;

	private final AccountabilityCheck accountabilityCheck;

	CaseJobs(DeadlineWatch deadlineWatch, AccountabilityCheck accountabilityCheck) {
		this.deadlineWatch = deadlineWatch;
		this.accountabilityCheck = accountabilityCheck;
	}

	@Scheduled(fixedDelayString = "${medskapa.deadlines.check-interval:PT15M}",
			initialDelayString = "${medskapa.deadlines.initial-delay:PT1M}")
	@SchedulerLock(name = "cases.deadline-escalation", lockAtLeastFor = "${medskapa.deadlines.lock-at-least-for:PT14M}",
			lockAtMostFor = "PT30M")
	public void escalateMissedDeadlines() {
		deadlineWatch.escalateMissedDeadlines();
	}

	@Scheduled(cron = "${medskapa.accountability.cron:0 30 5 * * *}", zone = "${medskapa.time-zone:Europe/Stockholm}")
	@SchedulerLock(name = "cases.accountability-check",
			lockAtLeastFor = "${medskapa.accountability.lock-at-least-for:PT1H}", lockAtMostFor = "PT2H")
	public void releaseCasesWithoutActiveContact() {
		accountabilityCheck.releaseCasesWithoutActiveContact();
	}

}
