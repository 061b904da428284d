package se.medskapa.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.cases.events.CaseSubmitted;
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

	private final CaseFiles files;

	private final HandlingSettings settings;

	private final CaseReferences references;

	private final Organisation organisation;

	private final WorkingDays workingDays;

	private final TrackingLinks trackingLinks;

	private final CaseAttachments attachmentStore;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseIntake(CaseFiles files, HandlingSettings settings, CaseReferences references, Organisation organisation,
			WorkingDays workingDays, TrackingLinks trackingLinks, CaseAttachments attachmentStore,
			ApplicationEventPublisher events, Clock clock) {
		this.files = files;
		this.settings = settings;
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
		return submit(municipality, submission, List.of());
	}

	/**
	 * Submits with files; every file is checked before anything is stored.
	 * @throws UnknownCategoryException when the municipality has no such category
	 */
	@Transactional
	public SubmittedCase submit(Municipality municipality, CaseSubmission submission, List<Attachment> attachments) {
		CaseAttachments.check(attachments);
		if (submission.categoryId() != null
				&& organisation.findCategory(municipality.id(), submission.categoryId()).isEmpty()) {
			// A category id from another municipality is simply not found.
			throw new UnknownCategoryException();
		}
		if (submission.suggestedUnitId() != null) {
			organisation.unit(municipality.id(), submission.suggestedUnitId());
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, WorkingDays.SWEDEN);
		HandlingSettings.Settings rules = settings.of(municipality.id());
		// The case and its files (up to 50 MB) are written first, under a provisional
		// reference; the number is taken last, so the counter row of the municipality is
		// locked only for the rest of this transaction, not while the files are written.
		CaseFile file = CaseFile.submitted(municipality.id(), CaseReferences.provisional(), submission.kind(),
				submission.internal(), submission.publishPermission(), submission.categoryId(), submission.staffId());
		long id = files.insert(file, submission, now, workingDays.addWorkingDays(today, rules.acknowledgeDays()),
				workingDays.addWorkingDays(today, rules.answerDays()));
		String token = trackingLinks.issue(municipality.id(), id);
		attachmentStore.store(municipality.id(), id, attachments);
		String reference = references.next(municipality.id(), today.getYear());
		files.setReference(municipality.id(), id, reference);
		events.publishEvent(new CaseSubmitted(id, municipality.id(), now, submission.kind(), submission.categoryId()));
		return new SubmittedCase(id, reference, token, CaseStatus.RECEIVED);
	}

}
