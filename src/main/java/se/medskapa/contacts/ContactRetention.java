package se.medskapa.contacts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;

/**
 * Consent expiry: 30 days before a consent runs out the resident gets a renewal mail;
 * once it ran out after that mail (or after a withdrawal, which gets no reminder), the
 * entry is deleted. Safe on several nodes: each reminder is claimed by one atomic update
 * (only the node whose update set {@code reminder_sent_at} sends it), and a delete is a
 * delete. The log names counts only, never a person.
 */
@Component
public class ContactRetention {

	private static final Logger log = LoggerFactory.getLogger(ContactRetention.class);

	static final Duration REMINDER_BEFORE = Duration.ofDays(30);

	/** Longer than a calendar year plus the differencing window. */
	static final Duration SEARCH_LOG_KEPT = Duration.ofDays(400);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ContactMails mails;

	private final Municipalities municipalities;

	ContactRetention(JdbcClient jdbc, Clock clock, ContactMails mails, Municipalities municipalities) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.mails = mails;
		this.municipalities = municipalities;
	}

	@Scheduled(cron = "${medskapa.contacts.retention-cron:0 45 4 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "contacts-retention", lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
	public void runScheduled() {
		run();
	}

	/**
	 * Sends the due reminders and deletes the expired entries; returns how many were
	 * deleted.
	 */
	@Transactional
	public int run() {
		Instant now = clock.instant();
		record Due(long municipalityId, long memberId, Instant expiresAt) {
		}
		List<Due> due = jdbc.sql("""
				update contact_member set reminder_sent_at = ?
				where reminder_sent_at is null and withdrawn_at is null and consent_expires_at <= ?
				returning municipality_id, id as member_id, consent_expires_at as expires_at""")
			.params(Timestamp.from(now), Timestamp.from(now.plus(REMINDER_BEFORE)))
			.query(Due.class)
			.list();
		for (Due reminder : due) {
			String slug = municipalities.findById(reminder.municipalityId()).map(Municipality::slug).orElse("");
			mails.recipient(reminder.municipalityId(), reminder.memberId())
				.ifPresent(recipient -> mails.renewalReminder(recipient, slug, reminder.expiresAt()));
		}
		int deleted = ContactBank.forget(jdbc,
				"m.consent_expires_at <= ? and (m.reminder_sent_at is not null or m.withdrawn_at is not null)",
				Timestamp.from(now));
		// The search log serves "matched this year" and the 30-day differencing check: a
		// search older than the start of last year serves neither.
		int searches = jdbc.sql("delete from contact_search where searched_at < ?")
			.param(Timestamp.from(now.minus(SEARCH_LOG_KEPT)))
			.update();
		log.info(
				"Contact bank retention: {} renewal reminders sent, {} expired entries deleted, {} old searches deleted",
				due.size(), deleted, searches);
		return deleted;
	}

}
