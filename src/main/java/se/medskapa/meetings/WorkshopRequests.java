package se.medskapa.meetings;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.cases.intake.CaseGateway;
import se.medskapa.cases.intake.IntakeReceipt;
import se.medskapa.cases.intake.IntakeRequest;
import se.medskapa.municipalities.Municipality;

/**
 * Workshop requests are cases (ADR 0033): submitted through {@code cases :: intake} with
 * the origin {@value #ORIGIN}, so that each gets the reference, the tracking link, the
 * receipt mail, an accountable idea coach and the deadlines in working days of every
 * case, and shows in the queue of the unit that organises the municipality's future
 * workshops (the coach routes it when there is none). No second workflow is kept here.
 */
@Service
public class WorkshopRequests {

	/** The {@code origin} label of the cases workshop requests become. */
	public static final String ORIGIN = "workshop-request";

	private final MeetingEventStore events;

	private final CaseGateway cases;

	private final MessageSource messages;

	private final Clock clock;

	WorkshopRequests(MeetingEventStore events, CaseGateway cases, MessageSource messages, Clock clock) {
		this.events = events;
		this.cases = cases;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Submits the request as a case from its contact person (signed in or not), suggested
	 * to the unit that organises future workshops.
	 * @param residentId the signed-in resident ({@code null} for anonymous)
	 */
	@Transactional
	public IntakeReceipt submitRequest(Municipality municipality, WorkshopRequest request, Long residentId) {
		Locale locale = Locale.forLanguageTag(request.language());
		String none = messages.getMessage("meetings.workshopRequest.case.none", null, locale);
		String title = messages.getMessage("meetings.workshopRequest.case.title",
				new Object[] { request.organisation() }, locale);
		String text = messages.getMessage("meetings.workshopRequest.case.text",
				new Object[] { request.topic(), request.organisation(), request.place(),
						String.valueOf(request.participants()), request.when() == null ? none : request.when(),
						request.name(), request.email(), request.phone() == null ? none : request.phone() },
				locale);
		Long unitId = events.workshopUnit(municipality.id(), clock.instant()).orElse(null);
		return cases.submit(municipality, new IntakeRequest(title, text, request.name(), request.email(), false,
				request.language(), residentId, null, unitId, ORIGIN));
	}

}
