package se.medskapa.notifications;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Records and, where SMTP is configured, delivers e-mail. Recording happens first and in its own
 * statement: a failing SMTP server never loses the fact that we tried, nor what we said.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> smtp;

	private final String from;

	private final Clock clock;

	Mailer(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp, @Value("${medskapa.mail.from}") String from, Clock clock) {
		this.jdbc = jdbc;
		this.smtp = smtp;
		this.from = from;
		this.clock = clock;
	}

	public void send(Mail mail) {
		long id = jdbc.sql("""
				insert into sent_mail (municipality_id, recipient, subject, body) values (?, ?, ?, ?) returning id""")
			.params(mail.municipalityId(), mail.recipient(), mail.subject(), mail.body())
			.query(Long.class).single();
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender == null) {
			return;
		}
		try {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(mail.recipient());
			message.setSubject(mail.subject());
			message.setText(mail.body());
			sender.send(message);
			jdbc.sql("update sent_mail set delivered_at = ? where id = ?")
				.params(java.sql.Timestamp.from(clock.instant()), id).update();
		}
		catch (MailException ex) {
			// The address is personal data: log the record id only.
			log.warn("Delivery of sent_mail {} failed: {}", id, ex.getClass().getSimpleName());
			jdbc.sql("update sent_mail set delivery_error = ? where id = ?").params(ex.getMessage(), id).update();
		}
	}

	/** Newest first, keyset-paged by id. */
	public List<SentMail> recent(Long beforeId, int limit) {
		return jdbc.sql("""
				select id, municipality_id, recipient, subject, body, created_at, delivered_at, delivery_error
				from sent_mail where (?::bigint is null or id < ?) order by id desc limit ?""")
			.params(beforeId, beforeId, limit).query(SentMail.class).list();
	}
}
