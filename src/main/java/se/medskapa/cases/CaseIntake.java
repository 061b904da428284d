package se.medskapa.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.WorkingDays;

/**
 * The one entry point. Every submission, from the form or the API, becomes a case in the
 * coach queue with a reference, a tracking token and its two deadlines (acknowledge,
 * answer) in working days.
 */
@Service
public class CaseIntake {

	private final JdbcClient jdbc;

	private final CaseReferences references;

	private final Organisation organisation;

	private final WorkingDays workingDays;

	private final TrackingLinks trackingLinks;

	private final CaseAttachments attachmentStore;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseIntake(JdbcClient jdbc, CaseReferences references, Organisation organisation, WorkingDays workingDays,
			TrackingLinks trackingLinks, CaseAttachments attachmentStore, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.references = references;
		this.organisation = organisation;
		this.workingDays = workingDays;
		this.trackingLinks = trackingLinks;
		this.attachmentStore = attachmentStore;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public SubmittedCase submit(Municipality municipality, CaseSubmission submission) {
		return submit(municipality, submission, java.util.List.of());
	}

	/** Submits with files; every file is checked before anything is stored. */
	@Transactional
	public SubmittedCase submit(Municipality municipality, CaseSubmission submission,
			java.util.List<Attachment> attachments) {
		CaseAttachments.check(attachments);
		if (submission.categoryId() != null) {
			// A category id from another municipality is simply not found.
			organisation.category(municipality.id(), submission.categoryId());
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, WorkingDays.SWEDEN);
		HandlingRules rules = rules(municipality.id());
		String reference = references.next(municipality.id(), today.getYear());
		long id = jdbc.sql("""
				insert into cases (municipality_id, reference, kind, title, description, category_id, place,
				                   submitter_name, submitter_email, submitter_language, resident_id, submitted_by_staff,
				                   internal, publish_permission, status, submitted_at, acknowledge_due, answer_due,
				                   latitude, longitude)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipality.id(), reference, submission.kind().name(), submission.title().strip(),
					submission.description().strip(), submission.categoryId(), blankToNull(submission.place()),
					blankToNull(submission.name()), blankToNull(submission.email()), language(submission.language()),
					submission.residentId(), submission.staffId(), submission.internal(),
					submission.publishPermission() && !submission.internal(), CaseStatus.RECEIVED.name(),
					Timestamp.from(now), workingDays.addWorkingDays(today, rules.acknowledgeDays()),
					workingDays.addWorkingDays(today, rules.answerDays()), submission.latitude(),
					submission.longitude())
			.query(Long.class)
			.single();
		String token = trackingLinks.issue(municipality.id(), id);
		jdbc.sql(
				"""
						insert into case_event (municipality_id, case_id, occurred_at, type, actor_staff_id, actor_resident, to_status)
						values (?, ?, ?, 'SUBMITTED', ?, ?, 'RECEIVED')""")
			.params(municipality.id(), id, Timestamp.from(now), submission.staffId(), submission.staffId() == null)
			.update();
		attachmentStore.store(municipality.id(), id, attachments);
		events.publishEvent(new CaseSubmitted(id, municipality.id()));
		return new SubmittedCase(id, reference, token, CaseStatus.RECEIVED);
	}

	HandlingRules rules(long municipalityId) {
		return jdbc
			.sql("""
					select acknowledge_days, answer_days, show_staff_names from municipality_settings where municipality_id = ?""")
			.param(municipalityId)
			.query(HandlingRules.class)
			.single();
	}

	record HandlingRules(int acknowledgeDays, int answerDays, boolean showStaffNames) {
	}

	private static String language(String language) {
		return "en".equals(language) ? "en" : "sv";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
