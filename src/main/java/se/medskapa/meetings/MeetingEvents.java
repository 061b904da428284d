package se.medskapa.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.notifications.Mail;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.WorkingDays;

/**
 * Staff's use cases for events: create one or a series, change, publish, and the
 * organiser's view with participants, check-in and figures. Every method takes the
 * municipality first and checks the permission on entry.
 */
@Service
public class MeetingEvents {

	/** At most this many dates in one series. */
	public static final int MAX_SERIES_DATES = 60;

	private static final int STAFF_LIST_LIMIT = 500;

	private final MeetingEventStore store;

	private final MeetingPermissions permissions;

	private final MeetingRegistrations registrations;

	private final Organisation organisation;

	private final Clock clock;

	private final String uidDomain;

	MeetingEvents(MeetingEventStore store, MeetingPermissions permissions, MeetingRegistrations registrations,
			Organisation organisation, Clock clock, @Value("${medskapa.base-url}") String baseUrl) {
		this.store = store;
		this.permissions = permissions;
		this.registrations = registrations;
		this.organisation = organisation;
		this.clock = clock;
		this.uidDomain = baseUrl.replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
	}

	/** The units the actor may arrange events for. */
	public List<Unit> organisableUnits(long municipalityId, StaffPrincipal actor) {
		List<Long> units = permissions.organisedUnits(actor, municipalityId);
		return organisation.units(municipalityId)
			.stream()
			.filter(unit -> units == null || units.contains(unit.id()))
			.toList();
	}

	@Transactional
	public long create(long municipalityId, StaffPrincipal actor, EventDetails details, boolean publish) {
		check(municipalityId, actor, details);
		long id = store.insert(municipalityId, null, details, uidDomain);
		if (publish) {
			store.publish(municipalityId, id, true);
		}
		return id;
	}

	/**
	 * A series: one event per date, every {@code everyWeeks} weeks from {@code first} up
	 * to {@code last}, each with its own capacity and registration, which closes when it
	 * starts.
	 */
	@Transactional
	public List<Long> createSeries(long municipalityId, StaffPrincipal actor, EventDetails details, LocalDate first,
			LocalDate last, int everyWeeks, LocalTime start, LocalTime end, boolean publish) {
		List<LocalDate> dates = seriesDates(first, last, everyWeeks);
		if (dates.isEmpty() || dates.size() > MAX_SERIES_DATES || !end.isAfter(start)) {
			throw new RegistrationRefusedException("meetings.refused.seriesDates");
		}
		check(municipalityId, actor, details.at(Instant.EPOCH, Instant.EPOCH.plusSeconds(1), null, null));
		long seriesId = store.insertSeries(municipalityId, details.title());
		List<Long> ids = new ArrayList<>();
		for (LocalDate date : dates) {
			Instant startsAt = date.atTime(start).atZone(WorkingDays.SWEDEN).toInstant();
			Instant endsAt = date.atTime(end).atZone(WorkingDays.SWEDEN).toInstant();
			long id = store.insert(municipalityId, seriesId, details.at(startsAt, endsAt, null, startsAt), uidDomain);
			if (publish) {
				store.publish(municipalityId, id, true);
			}
			ids.add(id);
		}
		return ids;
	}

	static List<LocalDate> seriesDates(LocalDate first, LocalDate last, int everyWeeks) {
		List<LocalDate> dates = new ArrayList<>();
		if (first == null || last == null || everyWeeks < 1 || last.isBefore(first)) {
			return dates;
		}
		for (LocalDate date = first; !date.isAfter(last)
				&& dates.size() <= MAX_SERIES_DATES; date = date.plusWeeks(everyWeeks)) {
			dates.add(date);
		}
		return dates;
	}

	/**
	 * Changes the event; a change of time or place mails everyone registered the updated
	 * calendar entry (same UID, next SEQUENCE). A larger capacity serves the waitlist.
	 */
	public void update(long municipalityId, StaffPrincipal actor, long eventId, EventDetails details) {
		registrations.decide(outbox -> {
			update(municipalityId, actor, eventId, details, outbox);
			return null;
		});
	}

	private void update(long municipalityId, StaffPrincipal actor, long eventId, EventDetails details,
			List<Mail> outbox) {
		MeetingEvent event = store.lock(municipalityId, eventId).orElseThrow(() -> new NotFoundException("event"));
		permissions.require(MeetingAction.EDIT, actor, event);
		check(municipalityId, actor, details);
		if (details.capacity() < event.taken()) {
			throw new RegistrationRefusedException("meetings.refused.capacityBelowTaken");
		}
		boolean moved = store.update(municipalityId, eventId, details);
		registrations.promote(municipalityId, eventId, clock.instant(), outbox);
		if (moved) {
			registrations.tellChange(store.find(municipalityId, eventId).orElseThrow(), outbox);
		}
	}

	@Transactional
	public void publish(long municipalityId, StaffPrincipal actor, long eventId, boolean published) {
		MeetingEvent event = require(municipalityId, actor, eventId, MeetingAction.PUBLISH);
		store.publish(municipalityId, event.id(), published);
	}

	/** The events of the units the actor arranges for, newest start first. */
	public List<MeetingEvent> staffEvents(long municipalityId, StaffPrincipal actor) {
		List<Long> units = permissions.organisedUnits(actor, municipalityId);
		if (units != null && units.isEmpty()) {
			return List.of();
		}
		return store.ofUnits(municipalityId, units, STAFF_LIST_LIMIT);
	}

	/** The organiser's view: the event, what the actor may do, the registrations. */
	public OrganiserView organiserView(long municipalityId, StaffPrincipal actor, long eventId) {
		MeetingEvent event = require(municipalityId, actor, eventId, MeetingAction.VIEW);
		List<Registration> all = registrations.ofEvent(municipalityId, eventId);
		return new OrganiserView(event, permissions.allowed(actor, event), all, Attendance.of(all),
				store.messages(municipalityId, eventId));
	}

	/** An event with what the organiser sees and may do, and the messages sent. */
	public record OrganiserView(MeetingEvent event, Set<MeetingAction> allowed, List<Registration> registrations,
			Attendance attendance, List<SentMessage> messages) {

		public boolean may(String action) {
			return allowed.contains(MeetingAction.valueOf(action));
		}

	}

	/** The event for its edit form. */
	public MeetingEvent forEdit(long municipalityId, StaffPrincipal actor, long eventId) {
		return require(municipalityId, actor, eventId, MeetingAction.EDIT);
	}

	/**
	 * Marks a confirmed participant as arrived (or not).
	 * @return false when no confirmed registration of the event has that id
	 */
	@Transactional
	public boolean checkIn(long municipalityId, StaffPrincipal actor, long eventId, long registrationId,
			boolean arrived) {
		require(municipalityId, actor, eventId, MeetingAction.CHECK_IN);
		return registrations.checkIn(municipalityId, eventId, registrationId, arrived);
	}

	/**
	 * Mails the organiser's message to everyone registered (confirmed, waitlisted or
	 * offered), each in a mail with their own signed link, and records it.
	 * @return how many were written to
	 */
	public int messageEveryone(long municipalityId, StaffPrincipal actor, long eventId, String subject, String text) {
		return registrations.decide(outbox -> {
			MeetingEvent event = store.find(municipalityId, eventId).orElseThrow(() -> new NotFoundException("event"));
			permissions.require(MeetingAction.MESSAGE, actor, event);
			long messageId = store.insertMessage(municipalityId, eventId, actor.id(), subject, text, clock.instant());
			int recipients = registrations.tellEveryone(event, messageId, subject, text, outbox);
			store.countRecipients(municipalityId, messageId, recipients);
			return recipients;
		});
	}

	/** The registrations for the CSV export. */
	public OrganiserView forExport(long municipalityId, StaffPrincipal actor, long eventId) {
		require(municipalityId, actor, eventId, MeetingAction.EXPORT);
		return organiserView(municipalityId, actor, eventId);
	}

	private MeetingEvent require(long municipalityId, StaffPrincipal actor, long eventId, MeetingAction action) {
		MeetingEvent event = store.find(municipalityId, eventId).orElseThrow(() -> new NotFoundException("event"));
		permissions.require(action, actor, event);
		return event;
	}

	private void check(long municipalityId, StaffPrincipal actor, EventDetails details) {
		organisation.findUnit(municipalityId, details.unitId())
			.orElseThrow(() -> new RegistrationRefusedException("meetings.refused.unit"));
		permissions.requireOrganiser(actor, municipalityId, details.unitId());
		if (!details.endsAt().isAfter(details.startsAt())) {
			throw new RegistrationRefusedException("meetings.refused.endBeforeStart");
		}
		if (details.place() == null && details.onlineLink() == null) {
			throw new RegistrationRefusedException("meetings.refused.placeOrLink");
		}
	}

}
