package se.medskapa.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.WorkingDays;

/**
 * Programmes: the admin creates and publishes one, each organising unit puts its own
 * events in it (and publishes them as any event), and every registration goes through the
 * one engine of {@link MeetingRegistrations}. The public page filters by day, organiser
 * and online; a resident's own programme lists their registrations in it and warns where
 * two overlap, signed in or by the signed link of any of their mails; both as iCalendar.
 */
@Service
public class MeetingProgrammes {

	private final ProgrammeStore programmes;

	private final MeetingEventStore events;

	private final RegistrationStore registrations;

	private final MeetingPermissions permissions;

	private final Clock clock;

	private final String baseUrl;

	MeetingProgrammes(ProgrammeStore programmes, MeetingEventStore events, RegistrationStore registrations,
			MeetingPermissions permissions, Clock clock, @Value("${medskapa.base-url}") String baseUrl) {
		this.programmes = programmes;
		this.events = events;
		this.registrations = registrations;
		this.permissions = permissions;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** A new, unpublished programme; the municipality's admins only. */
	@Transactional
	public long create(long municipalityId, StaffPrincipal actor, String title, String description) {
		permissions.requireProgrammeAdmin(actor, municipalityId);
		return programmes.insert(municipalityId, title, description == null ? "" : description);
	}

	@Transactional
	public void publish(long municipalityId, StaffPrincipal actor, long programmeId, boolean published) {
		permissions.requireProgrammeAdmin(actor, municipalityId);
		find(municipalityId, programmeId);
		programmes.publish(municipalityId, programmeId, published);
	}

	/** The municipality's programmes, for its staff (to put events in them). */
	public List<Programme> forStaff(long municipalityId, StaffPrincipal actor) {
		if (actor == null || !actor.belongsTo(municipalityId)) {
			throw new MeetingAccessDeniedException();
		}
		return programmes.all(municipalityId);
	}

	/** The municipality's published programmes, for its public events page. */
	public List<Programme> published(long municipalityId) {
		return programmes.all(municipalityId).stream().filter(Programme::published).toList();
	}

	/** Whether the actor may create and publish programmes. */
	public boolean mayAdminister(long municipalityId, StaffPrincipal actor) {
		return MeetingPermissions.mayAdministerProgrammes(actor, municipalityId);
	}

	/**
	 * Puts the event in the programme (or takes it out, for {@code null}); whoever may
	 * edit the event, into a programme of the same municipality.
	 */
	@Transactional
	public void assign(long municipalityId, StaffPrincipal actor, long eventId, Long programmeId) {
		MeetingEvent event = events.find(municipalityId, eventId).orElseThrow(() -> new NotFoundException("event"));
		permissions.require(MeetingAction.EDIT, actor, event);
		if (programmeId != null) {
			find(municipalityId, programmeId);
		}
		events.assignProgramme(municipalityId, eventId, programmeId);
	}

	/** The published programme's events the viewer may see, filtered. */
	public ProgrammePage page(long municipalityId, long programmeId, Viewer viewer, ProgrammeFilter filter) {
		Programme programme = published(municipalityId, programmeId);
		List<MeetingEvent> visible = visible(municipalityId, programmeId, viewer);
		List<LocalDate> days = visible.stream()
			.map(event -> LocalDate.ofInstant(event.startsAt(), WorkingDays.SWEDEN))
			.distinct()
			.toList();
		Map<Long, String> organisers = new LinkedHashMap<>();
		visible.forEach(event -> organisers.putIfAbsent(event.unitId(), event.unitName()));
		List<MeetingEvent> shown = visible.stream().filter(filter::matches).toList();
		return new ProgrammePage(programme, shown, visible.size(), days, organisers);
	}

	/** A signed-in resident's sessions of the programme, with overlaps marked. */
	public List<ProgrammeEntry> mine(long municipalityId, long programmeId, long residentId) {
		published(municipalityId, programmeId);
		return entries(municipalityId, registrations.activeInProgramme(municipalityId, programmeId, residentId, null));
	}

	/**
	 * The own programme that a signed link of one registration opens: every active
	 * registration under that address in the same programme.
	 */
	public MyProgramme mineByToken(long municipalityId, String token) {
		Registration registration = registrations.byToken(municipalityId, token)
			.orElseThrow(() -> new NotFoundException("registration"));
		MeetingEvent event = events.find(municipalityId, registration.eventId()).orElseThrow();
		if (event.programmeId() == null) {
			throw new NotFoundException("programme");
		}
		Programme programme = published(municipalityId, event.programmeId());
		return new MyProgramme(programme, entries(municipalityId,
				registrations.activeInProgramme(municipalityId, programme.id(), null, registration.email())));
	}

	/** A programme with a resident's sessions in it. */
	public record MyProgramme(Programme programme, List<ProgrammeEntry> entries) {
	}

	/** The whole published programme as an iCalendar feed (public events). */
	public byte[] feed(Municipality municipality, long programmeId) {
		Programme programme = published(municipality.id(), programmeId);
		List<CalendarFile.Entry> entries = visible(municipality.id(), programmeId, Viewer.anonymous()).stream()
			.map(event -> new CalendarFile.Entry(event, eventUrl(municipality, event.id()), false))
			.toList();
		return CalendarFile.write(programme.title(), entries, clock.instant());
	}

	/** A resident's own programme as an iCalendar feed, by a signed link. */
	public byte[] mineFeed(Municipality municipality, String token) {
		MyProgramme mine = mineByToken(municipality.id(), token);
		List<CalendarFile.Entry> entries = mine.entries()
			.stream()
			.map(entry -> new CalendarFile.Entry(entry.event(), eventUrl(municipality, entry.event().id()), false))
			.toList();
		return CalendarFile.write(mine.programme().title(), entries, clock.instant());
	}

	/** The published programme an event belongs to, if any. */
	public Programme ofEvent(MeetingEvent event) {
		if (event.programmeId() == null) {
			return null;
		}
		return programmes.find(event.municipalityId(), event.programmeId()).filter(Programme::published).orElse(null);
	}

	private List<ProgrammeEntry> entries(long municipalityId, List<Registration> chosen) {
		List<MeetingEvent> chosenEvents = chosen.stream()
			.map(registration -> events.find(municipalityId, registration.eventId()).orElseThrow())
			.toList();
		List<List<String>> overlaps = overlaps(chosenEvents);
		List<ProgrammeEntry> entries = new ArrayList<>();
		for (int i = 0; i < chosen.size(); i++) {
			entries.add(new ProgrammeEntry(chosenEvents.get(i), chosen.get(i), overlaps.get(i)));
		}
		return entries;
	}

	/**
	 * For each event, the titles of the others whose time overlaps it (one ending when
	 * the next starts does not overlap).
	 */
	static List<List<String>> overlaps(List<MeetingEvent> chosen) {
		List<List<String>> overlaps = new ArrayList<>();
		for (MeetingEvent event : chosen) {
			overlaps.add(chosen.stream()
				.filter(other -> other != event && other.startsAt().isBefore(event.endsAt())
						&& event.startsAt().isBefore(other.endsAt()))
				.map(MeetingEvent::title)
				.toList());
		}
		return overlaps;
	}

	private List<MeetingEvent> visible(long municipalityId, long programmeId, Viewer viewer) {
		return events.ofProgramme(municipalityId, programmeId, true)
			.stream()
			.filter(event -> viewer.admitted(municipalityId, event.audience(), event.invitedEmails()))
			.toList();
	}

	private Programme find(long municipalityId, long programmeId) {
		return programmes.find(municipalityId, programmeId).orElseThrow(() -> new NotFoundException("programme"));
	}

	private Programme published(long municipalityId, long programmeId) {
		return programmes.find(municipalityId, programmeId)
			.filter(Programme::published)
			.orElseThrow(() -> new NotFoundException("programme"));
	}

	private String eventUrl(Municipality municipality, long eventId) {
		return baseUrl + "/" + municipality.slug() + "/events/" + eventId;
	}

	/** The filters of the public programme page; null or false for "any". */
	public record ProgrammeFilter(LocalDate day, Long unitId, boolean onlineOnly) {

		boolean matches(MeetingEvent event) {
			return (day == null || day.equals(LocalDate.ofInstant(event.startsAt(), WorkingDays.SWEDEN)))
					&& (unitId == null || Objects.equals(unitId, event.unitId()))
					&& (!onlineOnly || event.onlineLink() != null);
		}

	}

	/**
	 * What the programme page shows: the events that match the filters, how many there
	 * are in all, and the days and organisers to filter by.
	 */
	public record ProgrammePage(Programme programme, List<MeetingEvent> events, int total, List<LocalDate> days,
			Map<Long, String> organisers) {
	}

}
