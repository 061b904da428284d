package se.medskapa.meetings;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.NotFoundException;

/**
 * Events as the public pages, the API and the calendar feed show them: published, coming,
 * and only those the viewer may see; an event of another audience is not found.
 */
@Service
public class PublicEvents {

	public static final int LIST_LIMIT = 200;

	private final MeetingEventStore store;

	private final Clock clock;

	private final String baseUrl;

	PublicEvents(MeetingEventStore store, Clock clock, @Value("${medskapa.base-url}") String baseUrl) {
		this.store = store;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Published events not yet over that the viewer may see, soonest first. */
	public List<MeetingEvent> coming(long municipalityId, Viewer viewer) {
		return store.comingPublished(municipalityId, clock.instant(), LIST_LIMIT)
			.stream()
			.filter(event -> viewer.admitted(municipalityId, event.audience(), event.invitedEmails()))
			.toList();
	}

	/** One published event the viewer may see. */
	public MeetingEvent event(long municipalityId, long eventId, Viewer viewer) {
		return store.find(municipalityId, eventId)
			.filter(event -> event.published()
					&& viewer.admitted(municipalityId, event.audience(), event.invitedEmails()))
			.orElseThrow(() -> new NotFoundException("event"));
	}

	/** Whether registration is open now. */
	public boolean registrationOpen(MeetingEvent event) {
		return event.registrationOpen(clock.instant());
	}

	/** Whether registration opens later than now. */
	public boolean opensLater(MeetingEvent event) {
		return event.registrationOpensAt() != null && event.registrationOpensAt().isAfter(clock.instant());
	}

	/** The municipality's public coming events as an iCalendar feed. */
	public byte[] feed(Municipality municipality) {
		List<CalendarFile.Entry> entries = coming(municipality.id(), Viewer.anonymous()).stream()
			.map(event -> new CalendarFile.Entry(event, eventUrl(municipality, event.id()), false))
			.toList();
		return CalendarFile.write(municipality.name(), entries, clock.instant());
	}

	/** One public event as an iCalendar file. */
	public byte[] calendarEntry(Municipality municipality, long eventId, Viewer viewer) {
		MeetingEvent event = event(municipality.id(), eventId, viewer);
		return CalendarFile.write(municipality.name(),
				List.of(new CalendarFile.Entry(event, eventUrl(municipality, eventId), false)), clock.instant());
	}

	public String eventUrl(Municipality municipality, long eventId) {
		return baseUrl + "/" + municipality.slug() + "/events/" + eventId;
	}

}
