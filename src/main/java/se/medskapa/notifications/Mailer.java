package se.medskapa.notifications;

import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.medskapa.shared.DemoDataCondition;

/**
 * Records and, where SMTP is configured, delivers e-mail. The record is written in the
 * caller's transaction; delivery waits until that transaction has committed, so a
 * rolled-back change never sends mail and a link in a mail never points at data that is
 * not there yet. A failing SMTP server never loses the record.
 * <p>
 * The outcome of a delivery (delivered at, or the error) is written by a writer of its
 * own every {@link #OUTCOME_DELAY_MILLIS} ms, many outcomes in one statement: after
 * commit the committed transaction's connection is still held, and writing the outcome
 * there would take a second connection per mail, which under load (every listener holding
 * one, waiting for another) emptied the pool. After a crash the outcomes of the last
 * fraction of a second may be missing: those mails show as recorded, not delivered.
 * <p>
 * The record never holds a live secret: the secret parts of a mail
 * ({@link Mail#secrets()}, its sign-in, reset, invitation and tracking links) are
 * replaced before the insert. The one exception is the demo without SMTP
 * ({@link DemoDataCondition#isDemoMailbox}), where the record is the only way to read a
 * sign-in link. Records older than {@code medskapa.mail.retention} are deleted every
 * night.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> smtp;

	private final String from;

	private final Clock clock;

	/** How often the outcomes of deliveries are written. */
	static final long OUTCOME_DELAY_MILLIS = 200;

	private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

	/**
	 * Records this node is handing over, from their insert until their outcome is
	 * written: another request under the same dedupe key (a second resident reply in the
	 * same quarter of an hour) must not take such a record for one a crash left behind.
	 */
	private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService outcomeWriter;

	private final boolean fullBodies;

	private final Duration retention;

	@Autowired
	Mailer(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp, @Value("${medskapa.mail.from}") String from,
			Clock clock, PlatformTransactionManager transactions, Environment environment,
			@Value("${medskapa.mail.retention:P30D}") Duration retention) {
		this(jdbc, smtp, from, clock, transactions, DemoDataCondition.isDemoMailbox(environment), retention);
	}

	Mailer(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp, String from, Clock clock,
			PlatformTransactionManager transactions, boolean fullBodies, Duration retention) {
		this.fullBodies = fullBodies;
		this.retention = retention;
		this.jdbc = jdbc;
		this.outcomeWriter = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "mail-outcomes");
			thread.setDaemon(true);
			return thread;
		});
		this.outcomeWriter.scheduleWithFixedDelay(this::writeOutcomesSafely, OUTCOME_DELAY_MILLIS, OUTCOME_DELAY_MILLIS,
				TimeUnit.MILLISECONDS);
		this.smtp = smtp;
		this.from = from;
		this.clock = clock;
	}

	public void send(Mail mail) {
		Optional<Long> recorded = jdbc.sql("""
				insert into sent_mail (municipality_id, recipient, subject, body, dedupe_key) values (?, ?, ?, ?, ?)
				on conflict (dedupe_key) do nothing returning id""")
			.params(mail.municipalityId(), mail.recipient(), mail.subject(),
					fullBodies ? mail.body() : mail.redactedBody(), mail.dedupeKey())
			.query(Long.class)
			.optional();
		long id;
		if (recorded.isPresent()) {
			id = recorded.get();
			this.inFlight.add(id);
		}
		else {
			// Asked for before under the same dedupe key: again only while it was never
			// handed over (a crash between the record's commit and the SMTP handover),
			// under
			// the same Message-ID, so the recipient's mail system shows it once (ADR
			// 0045).
			Optional<Long> undelivered = jdbc
				.sql("select id from sent_mail where dedupe_key = ? and delivered_at is null")
				.param(mail.dedupeKey())
				.query(Long.class)
				.optional();
			if (undelivered.isEmpty() || !this.inFlight.add(undelivered.get())) {
				return; // delivered, or being handed over by this node right now
			}
			id = undelivered.get();
		}
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender == null) {
			this.inFlight.remove(id);
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					// The committed transaction's connection is still bound here: no
					// statement, the outcome waits for the writer.
					deliver(sender, mail, id);
				}

				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						Mailer.this.inFlight.remove(id);
					}
				}
			});
		}
		else {
			deliver(sender, mail, id);
			writeOutcomes();
		}
	}

	private void deliver(JavaMailSender sender, Mail mail, long id) {
		try {
			sender.send(message(mail, id));
			outcomes.add(new Outcome(id, clock.instant(), null));
		}
		catch (MailException ex) {
			// The address is personal data: log the record id only.
			log.warn("Delivery of sent_mail {} failed: {}", id, ex.getClass().getSimpleName());
			outcomes.add(new Outcome(id, null, String.valueOf(ex.getMessage())));
		}
	}

	/**
	 * Writes the outcomes of the deliveries so far: the delivered ones in one statement,
	 * each failure with its error. Runs every {@link #OUTCOME_DELAY_MILLIS} ms and at
	 * shutdown; tests call it to see the outcome at once.
	 */
	public void writeOutcomes() {
		List<Outcome> delivered = new ArrayList<>();
		for (Outcome outcome; (outcome = outcomes.poll()) != null;) {
			if (outcome.error() == null) {
				delivered.add(outcome);
			}
			else {
				jdbc.sql("update sent_mail set delivery_error = ? where id = ?")
					.params(outcome.error(), outcome.id())
					.update();
				this.inFlight.remove(outcome.id());
			}
		}
		if (!delivered.isEmpty()) {
			jdbc.sql("""
					update sent_mail s set delivered_at = v.at
					from unnest(?::bigint[], ?::timestamptz[]) as v(id, at) where s.id = v.id""")
				.params(delivered.stream().map(o -> String.valueOf(o.id())).collect(Collectors.joining(",", "{", "}")),
						delivered.stream()
							.map(o -> o.deliveredAt().toString())
							.collect(Collectors.joining(",", "{", "}")))
				.update();
			delivered.forEach(outcome -> this.inFlight.remove(outcome.id()));
		}
	}

	private void writeOutcomesSafely() {
		try {
			writeOutcomes();
		}
		catch (RuntimeException ex) {
			// The database is away for a moment: the outcomes of this round are lost, the
			// mails themselves went out (they show as recorded, not delivered).
			log.warn("Writing the outcomes of mail deliveries failed: {}", ex.toString());
		}
	}

	@PreDestroy
	void writeLastOutcomes() throws InterruptedException {
		outcomeWriter.shutdown();
		outcomeWriter.awaitTermination(5, TimeUnit.SECONDS);
		writeOutcomesSafely();
	}

	private record Outcome(long id, Instant deliveredAt, String error) {
	}

	/**
	 * Whether the record keeps whole mails and the sent-mail page shows them: only in the
	 * demo without SMTP.
	 */
	public boolean recordsFullBodies() {
		return fullBodies;
	}

	/**
	 * Deletes the records older than the retention period
	 * ({@code medskapa.mail.retention}, 30 days by default); the cron is
	 * {@code medskapa.mail.retention-cron}.
	 * @return how many were deleted
	 */
	@Scheduled(cron = "${medskapa.mail.retention-cron:0 40 3 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "notifications-mail-retention", lockAtLeastFor = "PT10M")
	public void purgeExpiredOnSchedule() {
		purgeExpired();
	}

	/**
	 * The purge itself, as the schedule runs it.
	 * @return how many were deleted
	 */
	public int purgeExpired() {
		int deleted = jdbc.sql("delete from sent_mail where created_at < ?")
			.param(Timestamp.from(clock.instant().minus(retention)))
			.update();
		if (deleted > 0) {
			log.info("Deleted {} records of sent mail older than {}", deleted, retention);
		}
		return deleted;
	}

	/**
	 * The From header: the configured address, under the mail's display name if it has
	 * one (encoded for headers: "Umeå kommun (via Medskapa)").
	 */
	String sender(Mail mail) {
		if (mail.senderName() == null || mail.senderName().isBlank()) {
			return from;
		}
		try {
			return new InternetAddress(new InternetAddress(from).getAddress(), mail.senderName(), "UTF-8").toString();
		}
		catch (AddressException | UnsupportedEncodingException ex) {
			throw new MailPreparationException("Cannot name the sender", ex);
		}
	}

	/**
	 * The mail as handed to SMTP, under the Message-ID of its record: a second handover
	 * of the same record (after a crash) is the same message to the recipient's mail
	 * system (RFC 5322 section 3.6.4).
	 */
	MimeMessage message(Mail mail, long id) {
		MimeMessage message = new RecordedMessage(messageId(id));
		try {
			boolean multipart = !mail.attachments().isEmpty();
			MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
			helper.setFrom(sender(mail));
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			helper.setText(mail.body());
			for (MailAttachment attachment : mail.attachments()) {
				helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		return message;
	}

	/** The Message-ID of the record {@code id}: the same at every handover. */
	String messageId(long id) {
		String domain;
		try {
			String address = new InternetAddress(from).getAddress();
			domain = address.substring(address.indexOf('@') + 1);
		}
		catch (AddressException ex) {
			domain = "medskapa.invalid";
		}
		return "<sent-mail." + id + "@" + domain + ">";
	}

	/**
	 * A message whose Message-ID is fixed: Jakarta Mail would make a new one at every
	 * {@code saveChanges()}.
	 */
	private static final class RecordedMessage extends MimeMessage {

		private static final Session SESSION = Session.getInstance(new Properties());

		private final String messageId;

		RecordedMessage(String messageId) {
			super(SESSION);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

	/**
	 * Newest first, keyset-paged by id. The bodies only where they are shown (the demo
	 * without SMTP), otherwise null.
	 */
	public List<SentMail> recent(Long beforeId, int limit) {
		return jdbc.sql("""
				select id, municipality_id, recipient, subject, case when ? then body end as body, created_at,
				       delivered_at, delivery_error
				from sent_mail where (?::bigint is null or id < ?) order by id desc limit ?""")
			.params(fullBodies, beforeId, beforeId, limit)
			.query(SentMail.class)
			.list();
	}

}
