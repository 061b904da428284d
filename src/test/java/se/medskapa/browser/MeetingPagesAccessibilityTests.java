package se.medskapa.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.meetings.Audience;
import se.medskapa.meetings.EventDetails;
import se.medskapa.meetings.EventKind;
import se.medskapa.meetings.MeetingEvents;
import se.medskapa.meetings.MeetingRegistrations;
import se.medskapa.meetings.Promotion;
import se.medskapa.meetings.Registrant;
import se.medskapa.meetings.Viewer;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the meetings module passes axe at 1280 and 320 px, in Swedish and
 * English: the public list, an event with its form (empty, with errors), the receipt and
 * the registrant's own page; the workshop request form (empty, with errors, sent); the
 * organiser's list, event form, series form, event page and the check-in page, which is
 * also checked at 375 px and used there.
 */
class MeetingPagesAccessibilityTests extends BrowserTest {

	static final Dimension PHONE = new Dimension(375, 800);

	@Autowired
	MeetingEvents events;

	@Autowired
	MeetingRegistrations registrations;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffUserDetailsService users;

	@Test
	void shouldHaveNoAxeViolationsOnThePublicEventPagesInEveryState() {
		TestStaff admin = newStaff("boras", StaffRole.MUNICIPALITY_ADMIN);
		long id = event(admin, 2);
		assertPagesAccessible("sv", List.of("/boras/events", "/boras/events/" + id));

		open("/boras/events/" + id);
		submitForm("form[action$='/registrations']");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		type("#name", "Saga Lind");
		type("#email", "saga-" + UUID.randomUUID() + "@example.se");
		type("#places", "2");
		submitForm("form[action$='/registrations']");
		assertOnPage("/boras/events/receipt");
		assertHeading("meetings.receipt.title", "sv");
		assertAccessibleWideAndNarrow();

		waitForNewPage(() -> find("main a.break").click());
		assertThat(currentPath()).startsWith("/boras/events/registrations/");
		assertHeading("meetings.registration.title", "sv");
		assertAccessibleWideAndNarrow();

		// shown again: the receipt is gone, the page says where the link is
		open("/boras/events/receipt");
		assertAccessibleWideAndNarrow();

		assertPagesAccessible("en", List.of("/boras/events", "/boras/events/" + id));
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheWorkshopRequestFormAndSendARequestAsACase() {
		String form = "/boras/events/workshop-request";
		assertPagesAccessible("sv", List.of(form));
		open(form);
		submitForm("form[action$='/workshop-request']");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		String email = "workshop-" + UUID.randomUUID() + "@example.se";
		type("#organisation", "Sjöbo idrottsförening");
		type("#place", "Klubbstugan, Sjöbovägen 4");
		type("#participants", "8");
		type("#topic", "En framtidsverkstad om föreningens nästa tio år.");
		type("#name", "Alva Ek");
		type("#email", email);
		submitForm("form[action$='/workshop-request']");
		assertThat(currentPath()).startsWith("/boras/track/").endsWith("/receipt");
		assertThat(TestMailServer.subjectOf(TestMailServer.awaitOneMailTo(email)))
			.startsWith("Vi har tagit emot ditt ärende");
		assertPagesAccessible("en", List.of(form));
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheOrganiserPagesAndCheckInOnAPhone() {
		TestStaff admin = newStaff("boras", StaffRole.MUNICIPALITY_ADMIN);
		long id = event(admin, 1);
		Municipality boras = municipalities.findBySlug("boras").orElseThrow();
		String name = "Deltagare " + UUID.randomUUID().toString().substring(0, 6);
		registrations.register(boras.id(), id,
				new Registrant(name, "checkin-" + UUID.randomUUID() + "@example.se", "Hörslinga", 1, true, "sv"),
				Viewer.anonymous());
		signInAsStaff(admin);
		String base = "/boras/staff/events";
		assertPagesAccessible("sv", List.of(base, base + "/new", base + "/series/new", base + "/" + id,
				base + "/" + id + "/edit", base + "/" + id + "/check-in"));

		open(base + "/new");
		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();
		open(base + "/series/new");
		submitForm();
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();

		// check-in on a phone: search by name, mark as arrived
		open(base + "/" + id + "/check-in");
		browser.manage().window().setSize(PHONE);
		try {
			assertThat(viewportWidth()).isEqualTo(PHONE.getWidth());
			type("#q", name);
			submitForm("form[role=search]");
			assertNoSidewaysScrolling();
			assertAccessible();
			submitForm(".card form");
			assertThat(find("#check-in-count").getText()).startsWith("På plats: 1 av");
			assertThat(find(".card strong").getText()).isEqualTo("På plats");
			assertNoSidewaysScrolling();
			assertAccessible();
		}
		finally {
			browser.manage().window().setSize(HeadlessChromium.WINDOW);
		}
		assertPagesAccessible("en", List.of(base, base + "/" + id, base + "/" + id + "/check-in"));
	}

	private long event(TestStaff admin, int groupLimit) {
		Municipality boras = municipalities.findBySlug("boras").orElseThrow();
		StaffPrincipal principal = users.reload(admin.id()).orElseThrow();
		long unitId = organisation.units(boras.id()).get(0).id();
		Instant start = Instant.now().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.HOURS);
		return events.create(boras.id(), principal,
				new EventDetails(unitId, EventKind.IDEA_CAFE, "Idécafé om parken", "Kom och drick kaffe.", start,
						start.plus(Duration.ofHours(2)), "Stadsparken, paviljongen", "https://example.se/mote",
						"Ramp vid entrén", Audience.PUBLIC, List.of(), 30, null, null, groupLimit, Promotion.OFFER, 24,
						"Kim Arrangör", "kim@boras.example"),
				true);
	}

}
