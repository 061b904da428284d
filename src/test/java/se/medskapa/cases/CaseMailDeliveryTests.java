package se.medskapa.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.medskapa.cases.events.CaseSubmitted;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.notifications.Mail;
import se.medskapa.notifications.Mailer;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mails go out after commit, each once: a rolled-back change sends nothing, and an event
 * the publication registry delivers again (as after a crash between sending and marking
 * the publication complete) sends no second mail, thanks to the dedupe key.
 */
@Tag("persistence")
class CaseMailDeliveryTests extends IntegrationTest {

	/**
	 * How Spring names the receipt listener in the registry's {@code listener_id} column.
	 */
	static final String RECEIPT_LISTENER = CaseMails.class.getName() + ".onSubmitted(" + CaseSubmitted.class.getName()
			+ ")";

	@Autowired
	CaseIntake intake;

	@Autowired
	Mailer mailer;

	@Autowired
	Municipalities municipalities;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	IncompleteEventPublications incompletePublications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldSendNoReceiptForASubmissionWhoseTransactionRolledBack() throws Exception {
		Municipality umea = municipalities.requireBySlug("umea");
		String rolledBack = newAddress();
		String committed = newAddress();

		new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
			intake.submit(umea, submission(rolledBack));
			transaction.setRollbackOnly();
		});
		SubmittedCase kept = intake.submit(umea, submission(committed));

		// The later submission's receipt has arrived, so the earlier one's would have
		// too.
		assertThat(TestMailServer.awaitOneMailTo(committed).getSubject())
			.isEqualTo("Vi har tagit emot ditt ärende " + kept.reference());
		assertThat(TestMailServer.mailsTo(rolledBack)).isEmpty();
		assertThat(sentMailRowsTo(rolledBack)).isZero();
	}

	@Test
	void shouldDeliverAMailRecordedInARolledBackTransactionNever() {
		String recipient = newAddress();

		new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
			mailer.send(new Mail(null, recipient, "Ångrat", "Ska aldrig skickas.", "rollback:" + recipient));
			transaction.setRollbackOnly();
		});

		// Delivery happens in the committing thread, right after commit: none came.
		assertThat(TestMailServer.mailsTo(recipient)).isEmpty();
		assertThat(sentMailRowsTo(recipient)).isZero();
	}

	@Test
	void shouldSendAMailOnceHoweverOftenItIsAskedForUnderOneDedupeKey() throws Exception {
		String recipient = newAddress();
		Mail mail = new Mail(null, recipient, "En gång", "Bara en gång.", "once:" + recipient);

		mailer.send(mail);
		mailer.send(mail);
		new TransactionTemplate(transactions).executeWithoutResult(transaction -> mailer.send(mail));

		assertThat(TestMailServer.awaitOneMailTo(recipient).getSubject()).isEqualTo("En gång");
		assertThat(sentMailRowsTo(recipient)).isOne();
	}

	@Test
	void shouldSendTheReceiptOnceWhenTheRegistryRedeliversTheSubmittedEvent() throws Exception {
		Municipality umea = municipalities.requireBySlug("umea");
		String resident = newAddress();
		SubmittedCase submitted = intake.submit(umea, submission(resident));
		MimeMessage receipt = TestMailServer.awaitOneMailTo(resident);
		// The first delivery marks its publication complete just after the mail went out.
		await().atMost(Duration.ofSeconds(10)).until(() -> incompleteReceiptPublicationsOf(submitted) == 0);
		long linksBefore = trackingLinksOf(submitted);

		// As after a crash between sending and completing: the publication is still
		// incomplete, and the registry resubmits it to the listener.
		CaseSubmitted event = new CaseSubmitted(submitted.id(), umea.id(), Instant.now(), CaseKind.IDEA, null);
		new TransactionTemplate(transactions).executeWithoutResult(
				transaction -> registry.store(event, Stream.of(PublicationTargetIdentifier.of(RECEIPT_LISTENER))));
		assertThat(incompleteReceiptPublicationsOf(submitted)).isOne();
		incompletePublications.resubmitIncompletePublications(publication -> event.equals(publication.getEvent()));

		// The listener really ran again (it issued a fresh tracking link for the mail)
		// and completed ...
		await().atMost(Duration.ofSeconds(10)).until(() -> incompleteReceiptPublicationsOf(submitted) == 0);
		assertThat(trackingLinksOf(submitted)).isEqualTo(linksBefore + 1);
		// ... and no second receipt went out.
		assertThat(TestMailServer.awaitOneMailTo(resident).getMessageID()).isEqualTo(receipt.getMessageID());
		assertThat(sentMailRowsTo(resident)).isOne();
	}

	private long incompleteReceiptPublicationsOf(SubmittedCase submitted) {
		return jdbc.sql("""
				select count(*) from event_publication
				where listener_id = ? and completion_date is null
				  and (serialized_event::jsonb ->> 'caseId')::bigint = ?""")
			.params(RECEIPT_LISTENER, submitted.id())
			.query(Long.class)
			.single();
	}

	private long trackingLinksOf(SubmittedCase submitted) {
		return jdbc.sql("select count(*) from case_tracking_token where case_id = ?")
			.param(submitted.id())
			.query(Long.class)
			.single();
	}

	private long sentMailRowsTo(String recipient) {
		return jdbc.sql("select count(*) from sent_mail where recipient = ?")
			.param(recipient)
			.query(Long.class)
			.single();
	}

	private static String newAddress() {
		return "resident-" + UUID.randomUUID() + "@test.medskapa.example";
	}

	private static CaseSubmission submission(String email) {
		return new CaseSubmission(CaseKind.PROPOSAL, "Belysning på cykelbanan", "Cykelbanan vid Nydala är mörk.", null,
				"Nydala", "Ali", email, false, "sv", null, null, false);
	}

}
