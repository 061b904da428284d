package se.medskapa.meetings.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffMember;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.meetings.Audience;
import se.medskapa.meetings.EventDetails;
import se.medskapa.meetings.EventKind;
import se.medskapa.meetings.MeetingEvents;
import se.medskapa.meetings.Promotion;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.shared.DemoDataCondition;
import se.medskapa.shared.DemoSeed;
import se.medskapa.shared.WorkingDays;

/**
 * The meetings module's demo data, created by the municipality's admin through the
 * module's use cases: a series of future workshops every other Wednesday, an idea café
 * where a freed place is offered for 24 hours, a lecture, and a breakfast meeting for
 * staff only. Loaded once, into a demo municipality without events.
 */
@Component
@Conditional(DemoDataCondition.class)
class MeetingSeed implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(MeetingSeed.class);

	private final MeetingEvents events;

	private final StaffDirectory staff;

	private final StaffUserDetailsService users;

	private final Organisation organisation;

	private final JdbcClient jdbc;

	private final Clock clock;

	MeetingSeed(MeetingEvents events, StaffDirectory staff, StaffUserDetailsService users, Organisation organisation,
			JdbcClient jdbc, Clock clock) {
		this.events = events;
		this.staff = staff;
		this.users = users;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public void seed(long municipalityId, String slug) {
		if (hasEvents(municipalityId)) {
			return;
		}
		StaffPrincipal admin = staff.staffOf(municipalityId)
			.stream()
			.filter(member -> member.active() && member.roles().contains(StaffRole.MUNICIPALITY_ADMIN))
			.map(StaffMember::id)
			.findFirst()
			.flatMap(users::reload)
			.orElse(null);
		List<Unit> units = organisation.units(municipalityId);
		if (admin == null || units.isEmpty()) {
			return;
		}
		Unit unit = units.get(0);
		LocalDate today = LocalDate.now(clock.withZone(WorkingDays.SWEDEN));
		LocalDate wednesday = today.with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
		events.createSeries(municipalityId, admin,
				details(unit, admin, EventKind.FUTURE_WORKSHOP, "Framtidsverkstad: " + unit.name(),
						"Hur vill du att vår kommun ska se ut om tio år? Vi drömmer, kritiserar och planerar "
								+ "tillsammans. Visionerna blir underlag till nästa års verksamhetsplan.",
						Audience.PUBLIC, 20, 1, Promotion.DIRECT),
				wednesday, wednesday.plusWeeks(10), 2, LocalTime.of(18, 0), LocalTime.of(20, 0), true);
		events.create(municipalityId, admin,
				at(details(unit, admin, EventKind.IDEA_CAFE, "Idécafé med föreningslivet",
						"Föreningar och förvaltning möts över en kopp kaffe och letar idéer att göra tillsammans.",
						Audience.PUBLIC, 30, 4, Promotion.OFFER), today.plusDays(9), LocalTime.of(15, 0),
						LocalTime.of(17, 0)),
				true);
		events.create(municipalityId, admin,
				at(details(unit, admin, EventKind.LECTURE, "Föreläsning: medborgardialog som fungerar",
						"Erfarenheter från kommuner som låter invånarna vara med från början.", Audience.PUBLIC, 80, 2,
						Promotion.DIRECT), today.plusDays(16), LocalTime.of(12, 0), LocalTime.of(13, 0)),
				true);
		events.create(municipalityId, admin,
				at(details(unit, admin, EventKind.BREAKFAST_MEETING, "Frukostmöte för innovationsombud",
						"Internt frukostmöte för förvaltningarnas innovationsombud.", Audience.STAFF_ONLY, 25, 1,
						Promotion.DIRECT), today.plusDays(6), LocalTime.of(7, 30), LocalTime.of(8, 30)),
				true);
		log.info("Demo events loaded for {}", slug);
	}

	private static EventDetails details(Unit unit, StaffPrincipal admin, EventKind kind, String title,
			String description, Audience audience, int capacity, int groupLimit, Promotion promotion) {
		return new EventDetails(unit.id(), kind, title, description, null, null, "Stadshuset, sal Framtiden", null,
				"Entré i gatuplan, hiss till alla våningar och hörslinga i salen.", audience, List.of(), capacity, null,
				null, groupLimit, promotion, 24, admin.displayName(), admin.email());
	}

	private static EventDetails at(EventDetails details, LocalDate date, LocalTime start, LocalTime end) {
		return new EventDetails(details.unitId(), details.kind(), details.title(), details.description(),
				date.atTime(start).atZone(WorkingDays.SWEDEN).toInstant(),
				date.atTime(end).atZone(WorkingDays.SWEDEN).toInstant(), details.place(), details.onlineLink(),
				details.accessibilityInfo(), details.audience(), details.invitedEmails(), details.capacity(), null,
				null, details.groupLimit(), details.promotion(), details.offerHours(), details.organiserName(),
				details.organiserEmail());
	}

	private boolean hasEvents(long municipalityId) {
		return jdbc.sql("select exists (select 1 from meeting_event where municipality_id = ?)")
			.param(municipalityId)
			.query(Boolean.class)
			.single();
	}

}
