package se.medskapa.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.meetings.Audience;
import se.medskapa.meetings.EventDetails;
import se.medskapa.meetings.EventKind;
import se.medskapa.meetings.MeetingEvents;
import se.medskapa.meetings.MeetingProgrammes;
import se.medskapa.meetings.MeetingRegistrations;
import se.medskapa.meetings.MeetingSummaries;
import se.medskapa.meetings.Promotion;
import se.medskapa.meetings.Registrant;
import se.medskapa.meetings.RegistrationOutcome;
import se.medskapa.meetings.Viewer;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of issue 9's second slice pass axe at 1280 and 320 px, in Swedish and
 * English: the public programme page with its filters, the own programme by a mail's link
 * with an overlap warning, an event page with its published summary; the staff programmes
 * page, the message page and the summary page (also with errors); and check-in by a typed
 * code on a 375 px screen.
 */
class MeetingProgrammePagesAccessibilityTests extends BrowserTest {

	@Autowired
	MeetingEvents events;

	@Autowired
	MeetingProgrammes programmes;

	@Autowired
	MeetingRegistrations registrations;

	@Autowired
	MeetingSummaries summaries;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffUserDetailsService users;

	@Test
	void shouldHaveNoAxeViolationsOnTheProgrammePagesAndMyProgrammeWithAnOverlap() {
		TestStaff admin = newStaff("boras", StaffRole.MUNICIPALITY_ADMIN);
		StaffPrincipal principal = users.reload(admin.id()).orElseThrow();
		Municipality boras = municipalities.findBySlug("boras").orElseThrow();
		Instant start = Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.HOURS);
		long first = event(principal, boras, 0, "Idécafé om torget", start);
		long second = event(principal, boras, 1, "Framtidsverkstad om torget", start.plus(Duration.ofHours(1)));
		long programme = programmes.create(boras.id(), principal, "Innovationsveckan " + UUID.randomUUID(),
				"Fyrtio aktiviteter på en vecka.");
		programmes.assign(boras.id(), principal, first, programme);
		programmes.assign(boras.id(), principal, second, programme);
		programmes.publish(boras.id(), principal, programme, true);
		String email = "programme-" + UUID.randomUUID() + "@example.se";
		RegistrationOutcome outcome = registrations.register(boras.id(), first,
				new Registrant("Saga Lind", email, null, 1, false, "sv"), Viewer.anonymous());
		registrations.register(boras.id(), second, new Registrant("Saga Lind", email, null, 1, false, "sv"),
				Viewer.anonymous());
		summaries.saveSummary(boras.id(), principal, first, "Vi samlade tio idéer om torget.", true);
		long idea = summaries.addIdea(boras.id(), principal, first, "Bänkar i skuggan", "Fler sittplatser.");
		summaries.sendIdeaToSluice(boras, principal, first, idea, Locale.forLanguageTag("sv"));

		String page = "/boras/programmes/" + programme;
		String mine = "/boras/events/registrations/" + outcome.token() + "/programme";
		List<String> pages = List.of(page, page + "?online=true", mine, "/boras/events/" + first,
				"/boras/events/registrations/" + outcome.token());
		assertPagesAccessible("sv", pages);
		open(mine);
		assertThat(find(".notice-error").getText()).startsWith("Krockar med");
		open(page);
		submitForm("form[role=search]");
		assertAccessibleWideAndNarrow();
		assertPagesAccessible("en", pages);
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheStaffProgrammeMessageAndSummaryPagesAndCheckInByCodeOnAPhone() {
		TestStaff admin = newStaff("boras", StaffRole.MUNICIPALITY_ADMIN);
		StaffPrincipal principal = users.reload(admin.id()).orElseThrow();
		Municipality boras = municipalities.findBySlug("boras").orElseThrow();
		long id = event(principal, boras, 0, "Frukostmöte för föreningar",
				Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.HOURS));
		programmes.create(boras.id(), principal, "Höstens program " + UUID.randomUUID(), "");
		String name = "Deltagare " + UUID.randomUUID().toString().substring(0, 6);
		RegistrationOutcome outcome = registrations.register(boras.id(), id,
				new Registrant(name, "code-" + UUID.randomUUID() + "@example.se", null, 1, true, "sv"),
				Viewer.anonymous());
		String code = registrations.checkInCode(boras.id(), outcome.registrationId());
		summaries.addIdea(boras.id(), principal, id, "Matchmaking vid frukost", "Föreningar möter företag.");
		signInAsStaff(admin);
		String base = "/boras/staff/events/" + id;
		List<String> pages = List.of("/boras/staff/programmes", base, base + "/message", base + "/summary");
		assertPagesAccessible("sv", pages);

		open("/boras/staff/programmes");
		submitForm("form[action$='/staff/programmes']");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();
		open(base + "/message");
		submitForm("form[action$='/message']");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();
		type("#subject", "Ny ingång");
		type("#text", "Vi möts vid södra ingången.");
		submitForm("form[action$='/message']");
		assertThat(find("#message-recipients").getText()).contains("1");
		assertAccessibleWideAndNarrow();
		open(base + "/summary");
		submitForm("form[action$='/summary']");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();
		open(base + "/summary");
		submitForm("form[action$='/ideas']");
		assertFormErrorsShown();
		assertAccessibleWideAndNarrow();
		open(base + "/summary");
		submitForm("form[action$='/case']");
		assertThat(find("#case-reference").getText()).startsWith("Idén är nu ärende");
		assertAccessibleWideAndNarrow();

		// check-in on a phone by the code in the mail
		open(base + "/check-in");
		browser.manage().window().setSize(MeetingPagesAccessibilityTests.PHONE);
		try {
			type("#q", code);
			submitForm("form[role=search]");
			assertThat(find(".card h2").getText()).isEqualTo(name);
			assertNoSidewaysScrolling();
			assertAccessible();
			submitForm(".card form");
			assertThat(find(".card strong").getText()).isEqualTo("På plats");
			assertNoSidewaysScrolling();
			assertAccessible();
		}
		finally {
			browser.manage().window().setSize(HeadlessChromium.WINDOW);
		}
		assertPagesAccessible("en", pages);
	}

	private long event(StaffPrincipal principal, Municipality boras, int unit, String title, Instant start) {
		long unitId = organisation.units(boras.id()).get(unit).id();
		return events.create(boras.id(), principal,
				new EventDetails(unitId, EventKind.IDEA_CAFE, title, "Kom och drick kaffe.", start,
						start.plus(Duration.ofHours(2)), "Stadsparken, paviljongen", null, "Ramp vid entrén",
						Audience.PUBLIC, List.of(), 30, null, null, 1, Promotion.DIRECT, 24, "Kim Arrangör",
						"kim@boras.example"),
				true);
	}

}
