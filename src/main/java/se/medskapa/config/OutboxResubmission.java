package se.medskapa.config;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the listeners again every event whose publication is still incomplete after
 * {@code medskapa.outbox.resubmit-after} (5 minutes): a listener that failed under load
 * (no connection within the pool's wait) would otherwise wait for the next restart
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}), a receipt
 * with it. Every minute ({@code medskapa.outbox.resubmit-cron}), on one node at a time;
 * the listeners that send mail carry a dedupe key, so a publication resubmitted while its
 * first run still goes on sends no second mail.
 */
@Component
class OutboxResubmission {

	private final IncompleteEventPublications incomplete;

	private final Duration after;

	OutboxResubmission(IncompleteEventPublications incomplete,
			@Value("${medskapa.outbox.resubmit-after:PT5M}") Duration after) {
		this.incomplete = incomplete;
		this.after = after;
	}

	@Scheduled(cron = "${medskapa.outbox.resubmit-cron:30 * * * * *}")
	@SchedulerLock(name = "outbox-resubmit-incomplete", lockAtLeastFor = "PT30S")
	void resubmitIncomplete() {
		incomplete.resubmitIncompletePublicationsOlderThan(after);
	}

}
