package se.medskapa.accessibility;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.notifications.Mail;
import se.medskapa.notifications.Mailer;

import static se.medskapa.shared.Text.blankToNull;

/** Stores reports of accessibility problems and confirms them to the reporter. */
@Service
public class AccessibilityReports {

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final MessageSource messages;

	AccessibilityReports(JdbcClient jdbc, Mailer mailer, MessageSource messages) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.messages = messages;
	}

	@Transactional
	public long report(String pageAddress, String description, String reporterName, String reporterEmail,
			Locale locale) {
		long id = jdbc.sql("""
				insert into accessibility_report (page_address, description, reporter_name, reporter_email)
				values (?, ?, ?, ?) returning id""")
			.params(blankToNull(pageAddress), description.strip(), blankToNull(reporterName),
					blankToNull(reporterEmail))
			.query(Long.class)
			.single();
		if (reporterEmail != null && !reporterEmail.isBlank()) {
			mailer.send(new Mail(null, reporterEmail.strip(),
					messages.getMessage("mail.accessibilityReport.subject", null, locale),
					messages.getMessage("mail.accessibilityReport.body", new Object[] { id }, locale)));
		}
		return id;
	}

	/** Newest first, keyset-paged by id. */
	public List<AccessibilityReport> recent(Long beforeId, int limit) {
		return jdbc.sql("""
				select id, page_address, description, reporter_name, reporter_email, created_at
				from accessibility_report where (?::bigint is null or id < ?) order by id desc limit ?""")
			.params(beforeId, beforeId, limit)
			.query(AccessibilityReport.class)
			.list();
	}

}
