package se.medskapa.notifications;

import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0045: a mail is delivered at least once, under the Message-ID of its record. A
 * record that was written but never handed over (the application died between the commit
 * and the SMTP handover) goes out when its listener runs again, with the same Message-ID;
 * a record marked delivered never goes out twice.
 */
@Tag("persistence")
class MailRedeliveryTests extends IntegrationTest {

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldSendARecordedButUndeliveredMailOnResubmissionUnderItsMessageId() throws Exception {
		String email = newAddress();
		String key = "redelivery-" + UUID.randomUUID();
		// What a kill -9 leaves behind: the record committed, the handover never made.
		long id = jdbc
			.sql("insert into sent_mail (recipient, subject, body, dedupe_key) values (?, 'Kvitto', '', ?)"
					+ " returning id")
			.params(email, key)
			.query(Long.class)
			.single();

		mailer.send(new Mail(null, email, "Kvitto", "Tack för ditt förslag.", key));

		MimeMessage mail = TestMailServer.awaitOneMailTo(email);
		assertThat(mail.getMessageID()).isEqualTo(mailer.messageId(id));
		assertThat(TestMailServer.body(mail)).contains("Tack för ditt förslag.");
		assertThat(deliveredAt(id)).isNotNull();

		// Delivered now: a further resubmission sends nothing.
		mailer.send(new Mail(null, email, "Kvitto", "Tack för ditt förslag.", key));
		TestMailServer.awaitMailsTo(email, 1, TestMailServer.Mark.START);
		assertThat(count(key)).isEqualTo(1);
	}

	@Test
	void shouldSendANewMailOnceUnderTheMessageIdOfItsRecord() throws Exception {
		String email = newAddress();
		String key = "redelivery-" + UUID.randomUUID();

		mailer.send(new Mail(null, email, "Kvitto", "Tack.", key));
		mailer.send(new Mail(null, email, "Kvitto", "Tack.", key));

		List<MimeMessage> mails = TestMailServer.awaitMailsTo(email, 1, TestMailServer.Mark.START);
		long id = jdbc.sql("select id from sent_mail where dedupe_key = ?").param(key).query(Long.class).single();
		assertThat(mails.get(0).getMessageID()).isEqualTo(mailer.messageId(id));
	}

	private Object deliveredAt(long id) {
		mailer.writeOutcomes();
		return jdbc.sql("select delivered_at from sent_mail where id = ?").param(id).query().singleValue();
	}

	private long count(String key) {
		return jdbc.sql("select count(*) from sent_mail where dedupe_key = ?").param(key).query(Long.class).single();
	}

	private static String newAddress() {
		return "redelivery-" + UUID.randomUUID() + "@test.medskapa.example";
	}

}
