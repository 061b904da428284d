package se.medskapa.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestResidents;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meetings pages and API through HTTP: registration with its receipt and refusals,
 * the audience rules on pages and API, tenant isolation of the organiser's pages, the CSV
 * export and the calendar feed.
 */
class MeetingPagesTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingEvents events;

	@Autowired
	MeetingRegistrations registrations;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Residents residents;

	@Autowired
	JdbcClient jdbc;

	MeetingFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = MeetingFixtures.create(municipalities, organisation, directory, users);
	}

	@Test
	void shouldRegisterThroughTheEventPageAndKeepWhatWasTypedWhenRefused() throws Exception {
		long id = fixtures.event(events, Audience.PUBLIC, 3, 2, Promotion.DIRECT, inDays(10));
		String page = fixtures.town().path("/events/" + id);
		mvc.perform(get(fixtures.town().path("/events")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Framtidsverkstad, Norrby")));
		mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(containsString("Anmäl mig")));

		// too many places and a broken address: 422, the form as typed
		mvc.perform(post(page + "/registrations").param("name", "Asa Oberg")
			.param("email", "inte-en-adress")
			.param("places", "3")
			.param("needs", "Rullstol")
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("value=\"Asa Oberg\"")))
			.andExpect(content().string(containsString("Rullstol")))
			.andExpect(content().string(containsString("value=\"inte-en-adress\"")));

		String email = "asa-" + id + "@example.se";
		mvc.perform(post(page + "/registrations").param("name", "Åsa Öberg")
			.param("email", email)
			.param("places", "2")
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(fixtures.town().path("/events/receipt")));
		MimeMessage confirmation = MeetingFixtures.awaitNext(email, 0);
		assertThat(MeetingFixtures.text(confirmation)).contains("(2 plats(er))");

		// the same address again: refused, nothing stored
		mvc.perform(post(page + "/registrations").param("name", "Åsa Öberg")
			.param("email", email)
			.param("places", "1")
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("redan anmäld")));

		// the signed link from the mail: the registration's page, then cancel
		String token = MeetingFixtures.token(confirmation);
		String own = fixtures.town().path("/events/registrations/" + token);
		mvc.perform(get(own)).andExpect(status().isOk()).andExpect(content().string(containsString("Avanmäl mig")));
		mvc.perform(post(own + "/cancel").with(csrf())).andExpect(status().isFound());
		mvc.perform(get(own)).andExpect(content().string(containsString("Avanmäld")));
		mvc.perform(get(fixtures.town().path("/events/registrations/not-a-token"))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select taken from meeting_event where id = ?").param(id).query(Integer.class).single())
			.isZero();
	}

	@Test
	void shouldRegisterThroughTheApiAndWaitlistWhenFull() throws Exception {
		long id = fixtures.event(events, Audience.PUBLIC, 1, 1, Promotion.DIRECT, inDays(10));
		String api = "/api/v1/" + fixtures.town().slug() + "/events";
		mvc.perform(get(api))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].placesLeft").value(1));
		mvc.perform(post(api + "/" + id + "/registrations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Ali\",\"email\":\"ali-" + id + "@example.se\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		mvc.perform(post(api + "/" + id + "/registrations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Bo\",\"email\":\"bo-" + id + "@example.se\",\"language\":\"en\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("WAITLISTED"))
			.andExpect(jsonPath("$.waitlistPosition").value(1));
		assertThat(TestMailServer.subjects(MeetingFixtures.awaitMore("bo-" + id + "@example.se", 0, 1)))
			.containsExactly("You are on the waitlist: Framtidsverkstad, Norrby");
		mvc.perform(post(api + "/" + id + "/registrations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Cia\",\"email\":\"cia-" + id + "@example.se\",\"places\":2}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("meetings.refused.groupLimit"));
		mvc.perform(post(api + "/" + id + "/registrations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"email\":\"x\"}")).andExpect(status().isBadRequest());
	}

	@Test
	void shouldRefuseStaffOnlyAndInvitedOnlyEventsToEveryoneElseOnPagesAndThroughTheApi() throws Exception {
		long staffOnly = fixtures.event(events, Audience.STAFF_ONLY, 10, 1, Promotion.DIRECT, inDays(10));
		long invited = fixtures.event(events, Audience.INVITED_ONLY, 10, 1, Promotion.DIRECT, inDays(10));
		long open = fixtures.event(events, Audience.PUBLIC, 10, 1, Promotion.DIRECT, inDays(10));
		MeetingFixtures other = MeetingFixtures.create(municipalities, organisation, directory, users);
		TestStaff ownStaff = TestStaff.create(directory, users, fixtures.town().id(), Set.of(StaffRole.IDEA_COACH),
				List.of());
		ResidentPrincipal stranger = TestResidents.create(residents);
		ResidentPrincipal guest = (ResidentPrincipal) residents.loadUserByUsername("inbjuden@example.se");
		String api = "/api/v1/" + fixtures.town().slug() + "/events/";
		for (long id : List.of(staffOnly, invited)) {
			String page = fixtures.town().path("/events/" + id);
			mvc.perform(get(page)).andExpect(status().isNotFound());
			mvc.perform(get(page).with(TestResidents.signedIn(stranger))).andExpect(status().isNotFound());
			mvc.perform(get(page).with(other.admin().signedIn())).andExpect(status().isNotFound());
			mvc.perform(get(page + "/event.ics")).andExpect(status().isNotFound());
			mvc.perform(post(page + "/registrations").param("name", "X")
				.param("email", "x-" + id + "@example.se")
				.param("places", "1")
				.with(csrf())).andExpect(status().isNotFound());
			mvc.perform(get(api + id)).andExpect(status().isNotFound());
			mvc.perform(post(api + id + "/registrations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"X\",\"email\":\"x-" + id + "@example.se\"}")).andExpect(status().isNotFound());
			// the municipality's own staff see and may register
			mvc.perform(get(page).with(ownStaff.signedIn())).andExpect(status().isOk());
		}
		mvc.perform(get(fixtures.town().path("/events/" + invited)).with(TestResidents.signedIn(guest)))
			.andExpect(status().isOk());
		mvc.perform(get(fixtures.town().path("/events/" + staffOnly)).with(TestResidents.signedIn(guest)))
			.andExpect(status().isNotFound());
		// lists and feed: only what the viewer may see
		mvc.perform(get(fixtures.town().path("/events")))
			.andExpect(content().string(containsString("/events/" + open + "\"")))
			.andExpect(content().string(not(containsString("/events/" + staffOnly + "\""))))
			.andExpect(content().string(not(containsString("/events/" + invited + "\""))));
		mvc.perform(get("/api/v1/" + fixtures.town().slug() + "/events"))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].id").value(open));
		String feed = mvc.perform(get(fixtures.town().path("/events.ics")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Calendar calendar = MeetingFixtures.parse(feed);
		assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(1);
		assertThat(feed).contains("\r\n").doesNotContain("\n\n");
	}

	@Test
	void shouldKeepEveryOrganiserPageOfAnEventFromAnotherMunicipalitysStaff() throws Exception {
		long id = fixtures.event(events, Audience.PUBLIC, 10, 1, Promotion.DIRECT, inDays(10));
		RegistrationOutcome outcome = registrations.register(fixtures.town().id(), id,
				MeetingFixtures.person("iso-" + id + "@example.se", 1), Viewer.anonymous());
		MeetingFixtures other = MeetingFixtures.create(municipalities, organisation, directory, users);
		String ownBase = fixtures.town().path("/staff/events/" + id);
		String underOwnSlug = other.town().path("/staff/events/" + id);
		for (String path : List.of("", "/edit", "/check-in", "/participants.csv")) {
			// under the event's municipality: the door is closed by the slug
			mvc.perform(get(ownBase + path).with(other.admin().signedIn())).andExpect(status().isForbidden());
			// under their own slug with the other municipality's id: not found
			mvc.perform(get(underOwnSlug + path).with(other.admin().signedIn())).andExpect(status().isNotFound());
		}
		mvc.perform(post(underOwnSlug + "/check-in").param("registration", String.valueOf(outcome.registrationId()))
			.with(other.admin().signedIn())
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(
				post(underOwnSlug + "/publish").param("published", "false").with(other.admin().signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get(other.town().path("/staff/events")).with(other.admin().signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/staff/events/" + id + "\""))));
		assertThat(jdbc
			.sql("select checked_in_at is null and published from meeting_registration r "
					+ "join meeting_event e on e.id = r.event_id where r.id = ?")
			.param(outcome.registrationId())
			.query(Boolean.class)
			.single()).isTrue();

		// a staff member of the municipality without a role for events: refused too
		TestStaff coach = TestStaff.create(directory, users, fixtures.town().id(), Set.of(StaffRole.IDEA_COACH),
				List.of());
		mvc.perform(get(ownBase).with(coach.signedIn())).andExpect(status().isForbidden());
		// positive control: the owning unit's handler checks in
		TestStaff handler = TestStaff.create(directory, users, fixtures.town().id(), Set.of(StaffRole.HANDLER),
				List.of(fixtures.town().streets().id()));
		mvc.perform(post(ownBase + "/check-in").param("registration", String.valueOf(outcome.registrationId()))
			.with(handler.signedIn())
			.with(csrf())).andExpect(status().isFound());
		mvc.perform(get(ownBase).with(handler.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"figure-arrived\">1<")));
		// a handler of another unit: refused
		TestStaff librarian = TestStaff.create(directory, users, fixtures.town().id(), Set.of(StaffRole.HANDLER),
				List.of(fixtures.town().library().id()));
		mvc.perform(get(ownBase).with(librarian.signedIn())).andExpect(status().isForbidden());
	}

	@Test
	void shouldExportNamesOnlyWhereTheParticipantAgreed() throws Exception {
		long id = fixtures.event(events, Audience.PUBLIC, 10, 1, Promotion.DIRECT, inDays(10));
		registrations.register(fixtures.town().id(), id,
				new Registrant("=Listad Person", "listed-" + id + "@example.se", "Vegetariskt", 1, true, "sv"),
				Viewer.anonymous());
		registrations.register(fixtures.town().id(), id,
				new Registrant("Hemlig Person", "secret-" + id + "@example.se", null, 1, false, "sv"),
				Viewer.anonymous());
		String csv = mvc
			.perform(get(fixtures.town().path("/staff/events/" + id + "/participants.csv"))
				.with(fixtures.admin().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("'=Listad Person;1;Anmäld;;Vegetariskt")
			.doesNotContain("Hemlig")
			.doesNotContain("@example.se");
		assertThat(csv.lines().toList()).hasSize(3);
	}

	@Test
	void shouldCreateASeriesOfEventsEveryOtherWeekThroughTheStaffPage() throws Exception {
		String base = fixtures.town().path("/staff/events");
		mvc.perform(get(base + "/series/new").with(fixtures.admin().signedIn())).andExpect(status().isOk());
		mvc.perform(post(base + "/series").with(fixtures.admin().signedIn()).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post(base + "/series").with(fixtures.admin().signedIn())
			.with(csrf())
			.param("kind", "FUTURE_WORKSHOP")
			.param("unitId", String.valueOf(fixtures.town().streets().id()))
			.param("title", "Framtidsverkstad varannan onsdag")
			.param("description", "Hösten 2027")
			.param("firstDate", "2027-09-01")
			.param("lastDate", "2027-10-27")
			.param("everyWeeks", "2")
			.param("startTime", "18:00")
			.param("endTime", "20:00")
			.param("place", "Stadshuset")
			.param("audience", "PUBLIC")
			.param("capacity", "15")
			.param("groupLimit", "1")
			.param("promotion", "DIRECT")
			.param("offerHours", "24")
			.param("organiserName", "Eva")
			.param("organiserEmail", "eva@prov.example")
			.param("publish", "true")).andExpect(status().isFound());
		List<String> starts = jdbc.sql("""
				select to_char(starts_at at time zone 'Europe/Stockholm', 'YYYY-MM-DD HH24:MI') from meeting_event
				where municipality_id = ? and series_id is not null order by starts_at""")
			.param(fixtures.town().id())
			.query(String.class)
			.list();
		assertThat(starts).containsExactly("2027-09-01 18:00", "2027-09-15 18:00", "2027-09-29 18:00",
				"2027-10-13 18:00", "2027-10-27 18:00");
		assertThat(jdbc.sql("select count(distinct uid) from meeting_event where municipality_id = ? and capacity = 15")
			.param(fixtures.town().id())
			.query(Integer.class)
			.single()).isEqualTo(5);
	}

	@Test
	void shouldExportAResidentsRegistrationsAndForgetThemWithTheAccount() throws Exception {
		long id = fixtures.event(events, Audience.PUBLIC, 1, 1, Promotion.DIRECT, inDays(10));
		ResidentPrincipal me = TestResidents.create(residents);
		mvc.perform(post(fixtures.town().path("/events/" + id + "/registrations")).param("name", "Mira Resident")
			.param("email", me.email())
			.param("needs", "Glutenfritt")
			.param("places", "1")
			.with(TestResidents.signedIn(me))
			.with(csrf())).andExpect(status().isFound());
		RegistrationOutcome waiting = registrations.register(fixtures.town().id(), id,
				MeetingFixtures.person("next-" + id + "@example.se", 1), Viewer.anonymous());
		assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
		mvc.perform(get("/account/export").with(TestResidents.signedIn(me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meetings[0].event").value("Framtidsverkstad, Norrby"))
			.andExpect(jsonPath("$.meetings[0].needs").value("Glutenfritt"))
			.andExpect(jsonPath("$.meetings[0].status").value("CONFIRMED"));

		mvc.perform(post("/account/delete").with(TestResidents.signedIn(me)).with(csrf()))
			.andExpect(redirectedUrl("/"));
		// the place goes to the next in line, and nothing identifies the resident any
		// more
		MimeMessage promoted = MeetingFixtures.awaitNext("next-" + id + "@example.se", 1);
		assertThat(TestMailServer.subjectOf(promoted)).isEqualTo("Du har fått en plats: Framtidsverkstad, Norrby");
		assertThat(jdbc
			.sql("select count(*) from meeting_registration where event_id = ? and "
					+ "(email = ? or name = 'Mira Resident' or needs is not null or resident_id is not null)")
			.params(id, me.email())
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc
			.sql("select count(*) from meeting_registration_token t join meeting_registration r "
					+ "on r.id = t.registration_id where r.event_id = ? and r.status = 'CANCELLED'")
			.param(id)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void shouldSeedEveryDemoMunicipalityWithEventsAndASeries() {
		for (String slug : List.of("boras", "umea", "pitea")) {
			long id = municipalities.requireBySlug(slug).id();
			assertThat(
					jdbc.sql("select count(*) from meeting_event where municipality_id = ? and series_id is not null")
						.param(id)
						.query(Integer.class)
						.single())
				.as("series dates of " + slug)
				.isGreaterThanOrEqualTo(5);
			assertThat(jdbc.sql("select count(distinct kind) from meeting_event where municipality_id = ?")
				.param(id)
				.query(Integer.class)
				.single()).as("kinds of events of " + slug).isEqualTo(4);
		}
	}

	private static Instant inDays(int days) {
		return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
	}

}
