package se.medskapa.meetings;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.cases.intake.CaseGateway;
import se.medskapa.cases.intake.IntakeReceipt;
import se.medskapa.cases.intake.IntakeRequest;
import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.NotFoundException;

/**
 * Afterwards: the organiser writes the summary (published on the event's page when they
 * say so), lists the ideas the event produced, and turns each into a case in the idea
 * sluice in one step ({@code cases :: intake}), suggested to the event's unit and linked
 * back to the event: the case's text names the event's page, the idea keeps the case's
 * reference.
 */
@Service
public class MeetingSummaries {

	/** The {@code origin} label of the cases ideas become. */
	public static final String ORIGIN = "meeting";

	private final SummaryStore summaries;

	private final MeetingEventStore events;

	private final MeetingPermissions permissions;

	private final CaseGateway cases;

	private final MeetingMails mails;

	private final MessageSource messages;

	private final Clock clock;

	MeetingSummaries(SummaryStore summaries, MeetingEventStore events, MeetingPermissions permissions,
			CaseGateway cases, MeetingMails mails, MessageSource messages, Clock clock) {
		this.summaries = summaries;
		this.events = events;
		this.permissions = permissions;
		this.cases = cases;
		this.mails = mails;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public void saveSummary(long municipalityId, StaffPrincipal actor, long eventId, String body, boolean published) {
		require(municipalityId, actor, eventId);
		summaries.save(municipalityId, eventId, body, published, clock.instant());
	}

	@Transactional
	public long addIdea(long municipalityId, StaffPrincipal actor, long eventId, String title, String description) {
		require(municipalityId, actor, eventId);
		return summaries.addIdea(municipalityId, eventId, title, description, clock.instant());
	}

	/**
	 * Sends the idea to the idea sluice as a case from the event's organiser, suggested
	 * to the event's unit; an idea already sent keeps its case.
	 * @return the case's reference
	 */
	@Transactional
	public String sendIdeaToSluice(Municipality municipality, StaffPrincipal actor, long eventId, long ideaId,
			Locale locale) {
		MeetingEvent event = require(municipality.id(), actor, eventId);
		EventSummary.Idea idea = summaries.lockIdea(municipality.id(), eventId, ideaId)
			.orElseThrow(() -> new NotFoundException("idea"));
		if (idea.sent()) {
			return idea.caseReference();
		}
		String from = messages.getMessage("meetings.summary.caseFrom",
				new Object[] { event.title(), mails.eventUrl(municipality.slug(), eventId) }, locale);
		IntakeReceipt receipt = cases.submit(municipality,
				new IntakeRequest(idea.title(), idea.description() + "\n\n" + from, actor.displayName(), null, false,
						"en".equals(locale.getLanguage()) ? "en" : "sv", null, actor.id(), event.unitId(), ORIGIN));
		summaries.linkCase(municipality.id(), ideaId, receipt.caseId(), receipt.reference());
		return receipt.reference();
	}

	/** The summary for the organiser, published or not. */
	public Optional<EventSummary> forOrganiser(long municipalityId, StaffPrincipal actor, long eventId) {
		require(municipalityId, actor, eventId);
		return summaries.find(municipalityId, eventId);
	}

	/** The published summary of an event the caller has found visible. */
	public Optional<EventSummary> published(MeetingEvent event) {
		return summaries.find(event.municipalityId(), event.id()).filter(EventSummary::published);
	}

	private MeetingEvent require(long municipalityId, StaffPrincipal actor, long eventId) {
		MeetingEvent event = events.find(municipalityId, eventId).orElseThrow(() -> new NotFoundException("event"));
		permissions.require(MeetingAction.SUMMARISE, actor, event);
		return event;
	}

}
