package se.medskapa.meetings;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestResidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The second slice of issue 9 through HTTP and GreenMail: a programme with events of two
 * units, its filters, a resident's own programme with the overlap warning (signed in and
 * by a mail's link) and both calendar feeds; the QR code in the confirmation mail and
 * check-in by its code; the message to everyone registered; the summary with an idea sent
 * into the idea sluice; and all of it closed to another municipality's staff.
 */
class MeetingProgrammeTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingEvents events;

	@Autowired
	MeetingProgrammes programmes;

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
	void shouldShowAProgrammeOfTwoOrganisersAndWarnAboutOverlappingSessionsInMyProgramme() throws Exception {
		Instant start = inDays(20);
		long streets = fixtures.event(events, Audience.PUBLIC, 10, 1, Promotion.DIRECT, start);
		long library = events.create(fixtures.town().id(), fixtures.adminPrincipal(),
				MeetingFixtures.details(fixtures.town().library().id(), Audience.PUBLIC, 10, 1, Promotion.DIRECT,
						start.plus(Duration.ofHours(1))),
				true);
		long nextDay = fixtures.event(events, Audience.PUBLIC, 10, 1, Promotion.DIRECT, start.plus(Duration.ofDays(1)));
		long staffOnly = fixtures.event(events, Audience.STAFF_ONLY, 10, 1, Promotion.DIRECT, start);

		// the admin creates the programme through the staff page; organisers put their
		// events in it
		mvc.perform(post(fixtures.town().path("/staff/programmes")).param("title", "")
			.with(fixtures.admin().signedIn())
			.with(csrf())).andExpect(status().isUnprocessableContent());
		mvc.perform(post(fixtures.town().path("/staff/programmes")).param("title", "Innovationsveckan")
			.param("description", "Fyrtio aktiviteter")
			.with(fixtures.admin().signedIn())
			.with(csrf())).andExpect(status().isFound());
		long programme = programmes.forStaff(fixtures.town().id(), fixtures.adminPrincipal()).get(0).id();
		for (long event : List.of(streets, library, nextDay, staffOnly)) {
			mvc.perform(post(fixtures.town().path("/staff/events/" + event + "/programme"))
				.param("programme", String.valueOf(programme))
				.with(fixtures.admin().signedIn())
				.with(csrf())).andExpect(status().isFound());
		}
		String page = fixtures.town().path("/programmes/" + programme);
		mvc.perform(get(page)).andExpect(status().isNotFound());
		programmes.publish(fixtures.town().id(), fixtures.adminPrincipal(), programme, true);
		mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Visar 3 av 3 programpunkter")))
			.andExpect(content().string(containsString(fixtures.town().library().name())));
		mvc.perform(get(page).param("organiser", String.valueOf(fixtures.town().library().id())))
			.andExpect(content().string(containsString("Visar 1 av 3 programpunkter")));
		mvc.perform(get(page).param("online", "true"))
			.andExpect(content().string(containsString("Visar 0 av 3 programpunkter")));
		mvc.perform(get(page).param("day",
				start.plus(Duration.ofDays(1)).atZone(ZoneId.of("Europe/Stockholm")).toLocalDate().toString()))
			.andExpect(content().string(containsString("Visar 1 av 3 programpunkter")));
		mvc.perform(get(fixtures.town().path("/events")))
			.andExpect(content().string(containsString("/programmes/" + programme)));

		// a signed-in resident registers for two overlapping sessions and one the next
		// day
		ResidentPrincipal resident = TestResidents.create(residents);
		Viewer viewer = Viewer.of(null, resident);
		String email = resident.email();
		int had = MeetingFixtures.received(email);
		for (long event : List.of(streets, library, nextDay)) {
			registrations.register(fixtures.town().id(), event, new Registrant("Resident", email, null, 1, false, "sv"),
					viewer);
		}
		mvc.perform(get(page).with(TestResidents.signedIn(resident)))
			.andExpect(content().string(containsString("Mitt program")))
			.andExpect(content().string(containsString("Krockar med: Framtidsverkstad, Norrby")));
		List<ProgrammeEntry> mine = programmes.mine(fixtures.town().id(), programme, resident.id());
		assertThat(mine).extracting(entry -> entry.event().id()).containsExactly(streets, library, nextDay);
		assertThat(mine).extracting(ProgrammeEntry::overlapping).containsExactly(true, true, false);

		// by the signed link of one of the mails: the same programme, and its own
		// calendar feed
		String token = MeetingFixtures.token(MeetingFixtures.awaitMore(email, had, 3).get(0));
		String own = fixtures.town().path("/events/registrations/" + token);
		mvc.perform(get(own)).andExpect(content().string(containsString(own + "/programme")));
		mvc.perform(get(own + "/programme"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Krockar med")));
		Calendar myFeed = MeetingFixtures.parse(mvc.perform(get(own + "/programme.ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(myFeed.<VEvent>getComponents("VEVENT")).hasSize(3);
		Calendar feed = MeetingFixtures
			.parse(mvc.perform(get(page + "/programme.ics")).andReturn().getResponse().getContentAsString());
		assertThat(feed.<VEvent>getComponents("VEVENT")).hasSize(3);
		assertThat(feed.toString()).contains(fixtures.town().path("/events/" + library));
	}

	@Test
	void shouldKeepProgrammesMessagesAndSummariesFromAnotherMunicipalitysStaff() throws Exception {
		long id = fixtures.event(events, Audience.PUBLIC, 10, 1, Promotion.DIRECT, inDays(10));
		long programme = programmes.create(fixtures.town().id(), fixtures.adminPrincipal(), "Veckan", "");
		programmes.publish(fixtures.town().id(), fixtures.adminPrincipal(), programme, true);
		MeetingFixtures other = MeetingFixtures.create(municipalities, organisation, directory, users);
		long theirs = programmes.create(other.town().id(), other.adminPrincipal(), "Deras vecka", "");
		programmes.publish(other.town().id(), other.adminPrincipal(), theirs, true);
		String underOwnSlug = other.town().path("/staff/events/" + id);
		for (String path : List.of("/message", "/summary")) {
			mvc.perform(get(underOwnSlug + path).with(other.admin().signedIn())).andExpect(status().isNotFound());
			mvc.perform(get(fixtures.town().path("/staff/events/" + id + path)).with(other.admin().signedIn()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post(underOwnSlug + "/message").param("subject", "Hej")
			.param("text", "Text")
			.with(other.admin().signedIn())
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(underOwnSlug + "/ideas").param("title", "Idé")
			.param("description", "Text")
			.with(other.admin().signedIn())
			.with(csrf())).andExpect(status().isNotFound());
		// their own event put into our programme, and ours into theirs: not found
		long theirEvent = other.event(events, Audience.PUBLIC, 10, 1, Promotion.DIRECT, inDays(10));
		mvc.perform(post(other.town().path("/staff/events/" + theirEvent + "/programme"))
			.param("programme", String.valueOf(programme))
			.with(other.admin().signedIn())
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(fixtures.town().path("/staff/events/" + id + "/programme"))
			.param("programme", String.valueOf(theirs))
			.with(fixtures.admin().signedIn())
			.with(csrf())).andExpect(status().isNotFound());
		// a programme read under another municipality's slug: not found
		mvc.perform(get(other.town().path("/programmes/" + programme))).andExpect(status().isNotFound());
		mvc.perform(get(other.town().path("/staff/programmes")).with(other.admin().signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/programmes/" + programme + "\""))));
		assertThat(jdbc.sql("select count(*) from meeting_event where programme_id is not null and id in (?, ?)")
			.params(id, theirEvent)
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from meeting_message where event_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void shouldMailAQrCodeThatOpensTheParticipantOnTheCheckInPage() throws Exception {
		long id = fixtures.event(events, Audience.PUBLIC, 10, 1, Promotion.DIRECT, inDays(10));
		String email = "qr-" + id + "@example.se";
		RegistrationOutcome outcome = registrations.register(fixtures.town().id(), id, MeetingFixtures.person(email, 1),
				Viewer.anonymous());
		MimeMessage confirmation = MeetingFixtures.awaitNext(email, 0);
		String code = jdbc.sql("select check_in_code from meeting_registration where id = ?")
			.param(outcome.registrationId())
			.query(String.class)
			.single();
		assertThat(MeetingFixtures.text(confirmation)).contains(code);
		String scanned = decodeQr(attachment(confirmation, "check-in.png"));
		assertThat(scanned).endsWith(fixtures.town().path("/staff/events/" + id + "/check-in?q=" + code));

		// another registration, so that the code finds exactly one
		registrations.register(fixtures.town().id(), id, MeetingFixtures.person("other-" + id + "@example.se", 1),
				Viewer.anonymous());
		String checkIn = fixtures.town().path("/staff/events/" + id + "/check-in");
		mvc.perform(get(checkIn).param("q", code.toLowerCase()).with(fixtures.admin().signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Namn " + email)))
			.andExpect(content().string(not(containsString("Namn other-" + id))));
		mvc.perform(post(checkIn).param("registration", String.valueOf(outcome.registrationId()))
			.with(fixtures.admin().signedIn())
			.with(csrf())).andExpect(status().isFound());
		assertThat(jdbc.sql("select checked_in_at is not null from meeting_registration where id = ?")
			.param(outcome.registrationId())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void shouldMailTheOrganisersMessageToEveryoneRegisteredAndLogIt() throws Exception {
		long id = fixtures.event(events, Audience.PUBLIC, 1, 1, Promotion.DIRECT, inDays(10));
		String confirmed = "msg-a-" + id + "@example.se";
		String waiting = "msg-b-" + id + "@example.se";
		String cancelled = "msg-c-" + id + "@example.se";
		registrations.register(fixtures.town().id(), id, MeetingFixtures.person(confirmed, 1), Viewer.anonymous());
		registrations.register(fixtures.town().id(), id, MeetingFixtures.person(waiting, 1), Viewer.anonymous());
		RegistrationOutcome gone = registrations.register(fixtures.town().id(), id,
				MeetingFixtures.person(cancelled, 1), Viewer.anonymous());
		registrations.cancel(fixtures.town().id(), gone.token());
		int hadConfirmed = MeetingFixtures.awaitMore(confirmed, 0, 1).size();
		int hadWaiting = MeetingFixtures.awaitMore(waiting, 0, 1).size();
		int hadCancelled = MeetingFixtures.received(cancelled);

		String page = fixtures.town().path("/staff/events/" + id + "/message");
		mvc.perform(get(page).with(fixtures.admin().signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alla 2 som")));
		mvc.perform(post(page).param("subject", "")
			.param("text", "Kom i tid")
			.with(fixtures.admin().signedIn())
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kom i tid")));
		mvc.perform(post(page).param("subject", "Ny ingång")
			.param("text", "Vi möts vid södra ingången.")
			.with(fixtures.admin().signedIn())
			.with(csrf())).andExpect(status().isFound());
		for (String address : List.of(confirmed, waiting)) {
			MimeMessage mail = MeetingFixtures.awaitNext(address,
					address.equals(confirmed) ? hadConfirmed : hadWaiting);
			assertThat(mail.getSubject()).isEqualTo("Framtidsverkstad, Norrby: Ny ingång");
			assertThat(MeetingFixtures.text(mail)).contains("Vi möts vid södra ingången.")
				.contains("/events/registrations/");
		}
		assertThat(MeetingFixtures.received(cancelled)).isEqualTo(hadCancelled);
		mvc.perform(get(page).with(fixtures.admin().signedIn()))
			.andExpect(content().string(containsString("Ny ingång")))
			.andExpect(content().string(containsString("2 mottagare")));
	}

	@Test
	void shouldPublishTheSummaryAndTurnAnIdeaIntoOneCaseLinkedBackToTheEvent() throws Exception {
		long id = fixtures.event(events, Audience.PUBLIC, 10, 1, Promotion.DIRECT, inDays(10));
		String base = fixtures.town().path("/staff/events/" + id);
		mvc.perform(post(base + "/summary").param("body", "").with(fixtures.admin().signedIn()).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post(base + "/summary").param("body", "Vi dromde om ett torg.")
			.param("published", "true")
			.with(fixtures.admin().signedIn())
			.with(csrf())).andExpect(status().isFound());
		mvc.perform(post(base + "/ideas").param("title", "Bankar pa torget")
			.param("description", "")
			.with(fixtures.admin().signedIn())
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Bankar pa torget")));
		mvc.perform(post(base + "/ideas").param("title", "Bankar pa torget")
			.param("description", "Fler sittplatser i skuggan.")
			.with(fixtures.admin().signedIn())
			.with(csrf())).andExpect(status().isFound());
		long idea = jdbc.sql("select id from meeting_idea where event_id = ?").param(id).query(Long.class).single();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post(base + "/ideas/" + idea + "/case").with(fixtures.admin().signedIn()).with(csrf()))
				.andExpect(status().isFound());
		}
		List<String> cases = jdbc
			.sql("select c.reference from cases c join meeting_idea i on i.case_id = c.id "
					+ "where i.id = ? and c.origin = 'meeting' and c.municipality_id = ?")
			.params(idea, fixtures.town().id())
			.query(String.class)
			.list();
		assertThat(cases).hasSize(1);
		assertThat(jdbc.sql("select count(*) from cases where origin = 'meeting' and municipality_id = ?")
			.param(fixtures.town().id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select description from cases where reference = ? and municipality_id = ?")
			.params(cases.get(0), fixtures.town().id())
			.query(String.class)
			.single()).contains(fixtures.town().path("/events/" + id));
		mvc.perform(get(base + "/summary").with(fixtures.admin().signedIn()))
			.andExpect(content().string(containsString("Ärende " + cases.get(0))));
		mvc.perform(get(fixtures.town().path("/events/" + id)))
			.andExpect(content().string(containsString("Vi dromde om ett torg.")))
			.andExpect(content().string(containsString("ärende " + cases.get(0))));
	}

	@Test
	void shouldFindOverlapsOnlyBetweenSessionsWhoseTimesIntersect() {
		Instant nine = Instant.parse("2027-03-01T08:00:00Z");
		MeetingEvent a = event("A", nine, 2);
		MeetingEvent b = event("B", nine.plus(Duration.ofHours(1)), 2);
		MeetingEvent c = event("C", nine.plus(Duration.ofMinutes(150)), 1);
		assertThat(MeetingProgrammes.overlaps(List.of(a, b, c))).containsExactly(List.of("B"), List.of("A", "C"),
				List.of("B"));
		assertThat(MeetingProgrammes.overlaps(List.of(a, c))).containsExactly(List.of(), List.of());
	}

	private static MeetingEvent event(String title, Instant start, int hours) {
		return new MeetingEvent(1, 1, 1, "Enhet", null, "uid", EventKind.LECTURE, title, "", start,
				start.plus(Duration.ofHours(hours)), "Sal", null, null, Audience.PUBLIC, List.of(), 10, 0, 0, null,
				null, 1, Promotion.DIRECT, 24, "Eva", "eva@example.se", true, 0, 1L);
	}

	private static byte[] attachment(MimeMessage mail, String fileName) throws Exception {
		Multipart multipart = (Multipart) mail.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (fileName.equals(part.getFileName())) {
				assertThat(part.isMimeType("image/png")).isTrue();
				try (InputStream in = part.getInputStream()) {
					return in.readAllBytes();
				}
			}
		}
		throw new AssertionError("no " + fileName + " attached");
	}

	private static String decodeQr(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new QRCodeReader()
			.decode(new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
			.getText();
	}

	private static Instant inDays(int days) {
		return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
	}

}
