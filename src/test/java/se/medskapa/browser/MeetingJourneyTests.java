package se.medskapa.browser;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.StaffCaseSummary;
import se.medskapa.cases.StaffCaseViews;
import se.medskapa.meetings.Audience;
import se.medskapa.meetings.EventDetails;
import se.medskapa.meetings.EventKind;
import se.medskapa.meetings.MeetingEvents;
import se.medskapa.meetings.MeetingProgrammes;
import se.medskapa.meetings.MeetingRegistrations;
import se.medskapa.meetings.Promotion;
import se.medskapa.meetings.WorkshopRequests;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.WorkingDays;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9's "Done when" in one browser journey, every mail read from GreenMail: an
 * organiser creates a series and a programme with a second organising unit; residents
 * register alone and as a group of 3, fill the event and join the waitlist; a
 * cancellation promotes directly, on the offer event it sends an offer that lapses and
 * passes on; the reminder the day before; a change of time tells everyone; check-in on a
 * 375 px screen; the summary's idea goes into the sluice; a workshop request is routed to
 * a unit. Jobs that wait for time (offer expiry, reminders) are run with the instant they
 * would run at.
 */
class MeetingJourneyTests extends BrowserTest {

	private static final String LINK = "/boras/events/registrations/";

	/**
	 * Every address is fresh and each subject comes once to it: mails are found by
	 * subject among all of the address's mails (GreenMail lists received mail by mailbox,
	 * so a position in that list is no point in time for an older mailbox).
	 */
	private static final TestMailServer.Mark SINCE_START = TestMailServer.Mark.START;

	@Autowired
	MeetingEvents events;

	@Autowired
	MeetingProgrammes programmes;

	@Autowired
	MeetingRegistrations registrations;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	StaffCaseViews staffCases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldRunAWorkshopSeriesAndAProgrammeFromCreationToIdeasInTheSluice() {
		Municipality boras = municipalities.findBySlug("boras").orElseThrow();
		long firstUnit = organisation.units(boras.id()).get(0).id();
		long secondUnit = organisation.units(boras.id()).get(1).id();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String title = "Framtidsverkstad " + suffix;
		TestStaff admin = newStaff("boras", StaffRole.MUNICIPALITY_ADMIN);
		StaffPrincipal principal = users.reload(admin.id()).orElseThrow();

		// A series every other week, created in one go: each date its own event of 4
		// places.
		signInAsStaff(admin);
		open("/boras/staff/events/series/new");
		new Select(find("#kind")).selectByValue(EventKind.FUTURE_WORKSHOP.name());
		new Select(find("#unitId")).selectByValue(String.valueOf(firstUnit));
		type("#title", title);
		type("#description", "Vi drömmer, kritiserar och planerar.");
		type("#place", "Stadsbiblioteket, sal 1");
		type("#capacity", "4");
		type("#groupLimit", "3");
		type("#organiserName", "Eva Arrangör");
		type("#organiserEmail", "eva-" + suffix + "@boras.example");
		LocalDate first = LocalDate.now(WorkingDays.SWEDEN).plusDays(14);
		setValue("#firstDate", first.toString());
		setValue("#lastDate", first.plusWeeks(4).toString());
		type("#everyWeeks", "2");
		setValue("#startTime", "18:00");
		setValue("#endTime", "20:00");
		find("input[type=checkbox][name=publish]").click();
		submitForm("form[action$='/staff/events/series']");
		assertOnPage("/boras/staff/events");
		List<Long> series = jdbc
			.sql("select id from meeting_event where municipality_id = ? and title = ? order by starts_at")
			.params(boras.id(), title)
			.query(Long.class)
			.list();
		assertThat(series).hasSize(3);
		long workshop = series.get(0);

		// A programme with two organisers: the series' first date and an idea café of
		// another unit, whose freed places are offered for 24 hours.
		String programmeTitle = "Innovationsveckan " + suffix;
		open("/boras/staff/programmes");
		type("#title", programmeTitle);
		submitForm("form[action$='/staff/programmes']");
		long programme = jdbc.sql("select id from meeting_programme where municipality_id = ? and title = ?")
			.params(boras.id(), programmeTitle)
			.query(Long.class)
			.single();
		open("/boras/staff/events/" + workshop);
		new Select(find("#programme")).selectByValue(String.valueOf(programme));
		submitForm("form[action$='/programme']");
		Instant cafeStart = first.plusDays(1).atTime(10, 0).atZone(WorkingDays.SWEDEN).toInstant();
		String cafeTitle = "Idécafé " + suffix;
		long cafe = events.create(boras.id(), principal,
				new EventDetails(secondUnit, EventKind.IDEA_CAFE, cafeTitle, "Kaffe och idéer.", cafeStart,
						cafeStart.plus(Duration.ofHours(2)), "Torget", null, null, Audience.PUBLIC, List.of(), 1, null,
						null, 1, Promotion.OFFER, 24, "Kim Arrangör", "kim@boras.example"),
				true);
		programmes.assign(boras.id(), principal, cafe, programme);
		open("/boras/staff/programmes");
		submitForm("form[action$='/programmes/" + programme + "/publish']");
		signOut();
		open("/boras/programmes/" + programme);
		assertThat(find("main").getText()).contains(title).contains(cafeTitle);

		// Register alone and as a group of 3: the event is full; the next one waits.
		String alone = register(workshop, "Saga Lind", 1);
		String group = register(workshop, "Familjen Ek", 3);
		String waiting = register(workshop, "Nils Berg", 1);
		assertThat(subjectOfOnlyMail(alone)).isEqualTo("Du är anmäld: " + title);
		assertThat(subjectOfOnlyMail(group)).isEqualTo("Du är anmäld: " + title);
		assertThat(subjectOfOnlyMail(waiting)).isEqualTo("Du står på väntelistan: " + title);
		assertThat(taken(workshop)).isEqualTo(4);

		// Cancel by the mail's link: the first in line gets the place at once.
		openRegistrationLink(TestMailServer.awaitOneMailTo(alone));
		submitForm("form[action$='/cancel']");
		TestMailServer.awaitMailWithSubject(waiting, SINCE_START, "Du har fått en plats: " + title);
		assertThat(status(workshop, waiting)).isEqualTo("CONFIRMED");

		// On the offer event the freed place is offered; the offer lapses and passes on.
		String holder = register(cafe, "Ada Holm", 1);
		String second = register(cafe, "Bo Holm", 1);
		String third = register(cafe, "Cia Holm", 1);
		openRegistrationLink(TestMailServer.awaitOneMailTo(holder));
		submitForm("form[action$='/cancel']");
		TestMailServer.awaitMailWithSubject(second, SINCE_START, "En plats väntar på dig: " + cafeTitle);
		registrations.lapseOffers(Instant.now().plus(Duration.ofHours(25)));
		TestMailServer.awaitMailWithSubject(second, SINCE_START, "Erbjudandet har gått ut: " + cafeTitle);
		openRegistrationLink(
				TestMailServer.awaitMailWithSubject(third, SINCE_START, "En plats väntar på dig: " + cafeTitle));
		submitForm("form[action$='/accept']");
		assertThat(status(cafe, third)).isEqualTo("CONFIRMED");
		assertThat(status(cafe, second)).isEqualTo("LAPSED");

		// The reminder the day before.
		registrations.sendReminders(first.minusDays(1).atTime(9, 0).atZone(WorkingDays.SWEDEN).toInstant());
		TestMailServer.awaitMailWithSubject(group, SINCE_START, "Påminnelse: " + title + " i morgon");

		// A change of time tells everyone registered. Another admin makes it: the first
		// one's code of this half-minute is used up (a replayed code is refused).
		signInAsStaff(newStaff("boras", StaffRole.MUNICIPALITY_ADMIN));
		open("/boras/staff/events/" + workshop + "/edit");
		setValue("#startsAt", first.atTime(18, 30).toString());
		setValue("#endsAt", first.atTime(20, 30).toString());
		submitForm("form[action$='/staff/events/" + workshop + "']");
		for (String registered : List.of(group, waiting)) {
			TestMailServer.awaitMailWithSubject(registered, SINCE_START, "Ändrad tid eller plats: " + title);
		}
		assertThat(jdbc.sql("select extract(epoch from starts_at)::bigint from meeting_event where id = ?")
			.param(workshop)
			.query(Long.class)
			.single()).isEqualTo(first.atTime(18, 30).atZone(WorkingDays.SWEDEN).toEpochSecond());

		// Check-in on a phone.
		open("/boras/staff/events/" + workshop + "/check-in");
		browser.manage().window().setSize(MeetingPagesAccessibilityTests.PHONE);
		try {
			type("#q", "Familjen Ek");
			submitForm("form[role=search]");
			submitForm(".card form");
			assertThat(find(".card strong").getText()).isEqualTo("På plats");
			assertNoSidewaysScrolling();
			assertAccessible();
		}
		finally {
			browser.manage().window().setSize(HeadlessChromium.WINDOW);
		}

		// Afterwards: the summary, and its idea sent into the idea sluice.
		open("/boras/staff/events/" + workshop + "/summary");
		type("#body", "Vi samlade tolv visioner för biblioteket.");
		submitForm("form[action$='/summary']");
		type("#title", "Läxhjälp på biblioteket " + suffix);
		type("#description", "Unga hjälper yngre med läxorna.");
		submitForm("form[action$='/ideas']");
		submitForm("form[action$='/case']");
		assertThat(find("#case-reference").getText()).startsWith("Idén är nu ärende");
		assertThat(jdbc.sql("select count(*) from cases where municipality_id = ? and origin = 'meeting' and title = ?")
			.params(boras.id(), "Läxhjälp på biblioteket " + suffix)
			.query(Integer.class)
			.single()).isEqualTo(1);
		signOut();

		// A workshop request from an association, routed to a unit as a case.
		String association = "forening-" + suffix + "@example.se";
		open("/boras/events/workshop-request");
		type("#organisation", "Föreningen " + suffix);
		type("#place", "Föreningshuset");
		type("#participants", "7");
		type("#topic", "En framtidsverkstad om vår stadsdel.");
		type("#name", "Lo Persson");
		type("#email", association);
		submitForm("form[action$='/workshop-request']");
		assertThat(currentPath()).startsWith("/boras/track/").endsWith("/receipt");
		assertThat(subjectOfOnlyMail(association)).startsWith("Vi har tagit emot ditt ärende");
		Long routedTo = jdbc
			.sql("select unit_id from cases where municipality_id = ? and origin = ? and submitter_email = ?")
			.params(boras.id(), WorkshopRequests.ORIGIN, association)
			.query(Long.class)
			.single();
		assertThat(routedTo).isNotNull();
		assertThat(staffCases.unitQueue(boras.id(), List.of(routedTo))).extracting(StaffCaseSummary::title)
			.contains("Förfrågan om workshop: Föreningen " + suffix);
	}

	/** Registers through the event page, signed out; the fresh address used. */
	private String register(long eventId, String name, int places) {
		String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.se";
		open("/boras/events/" + eventId);
		type("#name", name);
		type("#email", email);
		if (places > 1) {
			type("#places", String.valueOf(places));
		}
		submitForm("form[action$='/registrations']");
		assertOnPage("/boras/events/receipt");
		return email;
	}

	/**
	 * Opens the registration's own page by the signed link in the mail's text part (the
	 * raw body of a mail with attachments is encoded).
	 */
	private void openRegistrationLink(MimeMessage mail) {
		Matcher link = Pattern.compile(Pattern.quote(LINK) + "([A-Za-z0-9_-]+)").matcher(textOf(mail));
		assertThat(link.find()).as("a registration link in the mail").isTrue();
		open(LINK + link.group(1));
	}

	private static String textOf(Part part) {
		try {
			if (part.isMimeType("text/plain")) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof Multipart multipart) {
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < multipart.getCount(); i++) {
					text.append(textOf(multipart.getBodyPart(i)));
				}
				return text.toString();
			}
			return "";
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subjectOfOnlyMail(String email) {
		return TestMailServer.subjectOf(TestMailServer.awaitOneMailTo(email));
	}

	private void setValue(String selector, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", find(selector), value);
	}

	private int taken(long eventId) {
		return jdbc.sql("select taken from meeting_event where id = ?").param(eventId).query(Integer.class).single();
	}

	private String status(long eventId, String email) {
		return jdbc.sql("select status from meeting_registration where event_id = ? and email = ?")
			.params(eventId, email)
			.query(String.class)
			.single();
	}

}
