package se.medskapa.cases;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.medskapa.notifications.Mail;
import se.medskapa.notifications.Mailer;

/**
 * E-mail to the resident about their case, in the language they wrote in. Runs after the submitting
 * transaction commits, from Spring Modulith's event publication registry: a crash before sending leaves the
 * publication incomplete, and it is resubmitted on restart.
 */
@Component
class CaseMails {

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final MessageSource messages;

	private final TrackingLinks trackingLinks;

	CaseMails(JdbcClient jdbc, Mailer mailer, MessageSource messages, TrackingLinks trackingLinks) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.messages = messages;
		this.trackingLinks = trackingLinks;
	}

	@ApplicationModuleListener
	void sendReceipt(CaseSubmitted submitted) {
		jdbc.sql("""
				select c.reference, c.title, c.submitter_email, c.submitter_language, m.slug, m.name
				from cases c join municipality m on m.id = c.municipality_id
				where c.id = ? and c.municipality_id = ?""")
			.params(submitted.caseId(), submitted.municipalityId())
			.query((rs, row) -> new Receipt(rs.getString("reference"), rs.getString("title"),
					rs.getString("submitter_email"), rs.getString("submitter_language"), rs.getString("slug"),
					rs.getString("name")))
			.optional()
			.filter(receipt -> receipt.email() != null)
			.ifPresent(receipt -> {
				Locale locale = Locale.forLanguageTag(receipt.language());
				String link = trackingLinks.url(receipt.slug(), trackingLinks.issue(submitted.municipalityId(), submitted.caseId()));
				mailer.send(new Mail(submitted.municipalityId(), receipt.email(),
						messages.getMessage("mail.caseReceipt.subject", new Object[] { receipt.reference() }, locale),
						messages.getMessage("mail.caseReceipt.body",
								new Object[] { receipt.municipalityName(), receipt.title(), receipt.reference(), link },
								locale)));
			});
	}

	private record Receipt(String reference, String title, String email, String language, String slug,
			String municipalityName) {
	}
}
