package se.medskapa.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.TestPrincipals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's rules without Spring: the permission matrix, the dates of a series, the
 * audience rules and the iCalendar writer (read back by ical4j).
 */
class MeetingRulesTests {

	@Test
	void shouldLetAdminsAndTheOwningUnitsHandlersAndLeadsOrganiseAndNobodyElse() {
		long town = 7;
		long unit = 70;
		assertThat(MeetingPermissions.allowed(staff(town, StaffRole.MUNICIPALITY_ADMIN), town, unit, List.of()))
			.containsExactlyInAnyOrder(MeetingAction.values());
		assertThat(MeetingPermissions.allowed(staff(town, StaffRole.HANDLER), town, unit, List.of(unit)))
			.containsExactlyInAnyOrder(MeetingAction.values());
		assertThat(MeetingPermissions.allowed(staff(town, StaffRole.UNIT_LEAD), town, unit, List.of(unit)))
			.containsExactlyInAnyOrder(MeetingAction.values());
		assertThat(MeetingPermissions.allowed(staff(town, StaffRole.HANDLER), town, unit, List.of(71L))).isEmpty();
		assertThat(MeetingPermissions.allowed(staff(town, StaffRole.IDEA_COACH), town, unit, List.of(unit))).isEmpty();
		assertThat(MeetingPermissions.allowed(staff(8, StaffRole.MUNICIPALITY_ADMIN), town, unit, List.of())).isEmpty();
	}

	@Test
	void shouldPlaceASeriesEveryOtherWeekFromTheFirstDateToTheLast() {
		assertThat(MeetingEvents.seriesDates(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 29), 2))
			.containsExactly(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 15), LocalDate.of(2027, 9, 29));
		assertThat(MeetingEvents.seriesDates(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 8, 1), 2)).isEmpty();
		assertThat(MeetingEvents.seriesDates(LocalDate.of(2027, 1, 1), LocalDate.of(2030, 1, 1), 1))
			.hasSize(MeetingEvents.MAX_SERIES_DATES + 1);
	}

	@Test
	void shouldAdmitToStaffOnlyAndInvitedOnlyEventsOnlyThoseTheyAreFor() {
		List<String> invited = List.of("gast@example.se");
		assertThat(Viewer.anonymous().admitted(1, Audience.PUBLIC, invited)).isTrue();
		assertThat(Viewer.anonymous().admitted(1, Audience.STAFF_ONLY, invited)).isFalse();
		assertThat(Viewer.anonymous().admitted(1, Audience.INVITED_ONLY, invited)).isFalse();
		assertThat(new Viewer(null, "Gast@Example.se", 5L).admitted(1, Audience.INVITED_ONLY, invited)).isTrue();
		assertThat(new Viewer(null, "annan@example.se", 6L).admitted(1, Audience.INVITED_ONLY, invited)).isFalse();
		assertThat(new Viewer(null, "gast@example.se", 5L).admitted(1, Audience.STAFF_ONLY, invited)).isFalse();
		assertThat(new Viewer(1L, "x@kommun.se", null).admitted(1, Audience.STAFF_ONLY, invited)).isTrue();
		assertThat(new Viewer(2L, "x@kommun.se", null).admitted(1, Audience.STAFF_ONLY, invited)).isFalse();
		assertThat(new Viewer(2L, "gast@example.se", null).admitted(1, Audience.INVITED_ONLY, invited)).isTrue();
	}

	@Test
	void shouldWriteICalendarThatAParserReadsBackWithEscapedAndFoldedText() {
		String title = "Idécafé; framtid, vision \\ och " + "mycket lång rubrik ".repeat(8) + "åäö";
		MeetingEvent event = new MeetingEvent(1, 1, 1, "Enhet", null, "uid-1@medskapa.test", EventKind.IDEA_CAFE, title,
				"Rad ett\nRad två", Instant.parse("2027-09-01T16:00:00Z"), Instant.parse("2027-09-01T18:00:00Z"),
				"Stadshuset, sal 2", null, null, Audience.PUBLIC, List.of(), 10, 0, 0, null, null, 1, Promotion.DIRECT,
				24, "Eva", "eva@example.se", true, 3, null);
		byte[] bytes = CalendarFile.write("Provköping",
				List.of(new CalendarFile.Entry(event, "https://medskapa.test/prov/events/1", false)),
				Instant.parse("2027-08-01T10:00:00Z"));
		String ics = new String(bytes, StandardCharsets.UTF_8);
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(ics).endsWith("END:VCALENDAR\r\n");
		Calendar calendar = MeetingFixtures.parse(ics);
		VEvent parsed = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(parsed.getSummary().getValue()).isEqualTo(title);
		assertThat(parsed.getDescription().getValue())
			.isEqualTo("Rad ett\nRad två\n\nhttps://medskapa.test/prov/events/1");
		assertThat(parsed.getLocation().getValue()).isEqualTo("Stadshuset, sal 2");
		assertThat(parsed.getSequence().getSequenceNo()).isEqualTo(3);
		assertThat(parsed.getUid().orElseThrow().getValue()).isEqualTo("uid-1@medskapa.test");
	}

	private static StaffPrincipal staff(long municipalityId, StaffRole role) {
		return TestPrincipals.staff(1, municipalityId, Set.of(role));
	}

}
