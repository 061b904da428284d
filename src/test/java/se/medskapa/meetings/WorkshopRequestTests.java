package se.medskapa.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.StaffCaseSummary;
import se.medskapa.cases.StaffCaseViews;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Book a workshop at our workplace": the request becomes a case through the cases
 * intake, marked with its origin, with a receipt mail, deadlines and a place in the queue
 * of the unit that organises the future workshops; bad input keeps what was typed; the
 * case stays within its municipality.
 */
class WorkshopRequestTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingEvents events;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	StaffCaseViews staffCases;

	@Autowired
	JdbcClient jdbc;

	MeetingFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = MeetingFixtures.create(municipalities, organisation, directory, users);
	}

	@Test
	void shouldRouteAWorkshopRequestAsACaseToTheUnitOfTheFutureWorkshopsWithAReceipt() throws Exception {
		fixtures.event(events, Audience.PUBLIC, 10, 1, Promotion.DIRECT,
				Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.MINUTES));
		String form = fixtures.town().path("/events/workshop-request");
		mvc.perform(get(fixtures.town().path("/events")))
			.andExpect(content().string(containsString("href=\"" + form + "\"")));
		mvc.perform(get(form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Boka en workshop på vår arbetsplats")));

		// bad input: a translated error at each field, everything typed stays
		mvc.perform(post(form).param("organisation", "")
			.param("place", "Föreningshuset, Storgatan 1")
			.param("participants", "0")
			.param("topic", "Hur får vi fler unga att engagera sig?")
			.param("name", "Lo Persson")
			.param("email", "inte-en-adress")
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Skriv ett antal mellan 1 och 200.")))
			.andExpect(content().string(containsString("Storgatan 1\"")))
			.andExpect(content().string(containsString("fler unga att engagera sig?")))
			.andExpect(content().string(containsString("value=\"inte-en-adress\"")));
		assertThat(requestCases(fixtures.town().id())).isZero();

		String email = "forening-" + UUID.randomUUID() + "@example.se";
		MvcResult sent = mvc.perform(request(form, email).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern(fixtures.town().path("/track/*/receipt")))
			.andReturn();
		String reference = (String) sent.getFlashMap().get("reference");
		assertThat(reference).isNotBlank();
		MimeMessage receipt = TestMailServer.awaitOneMailTo(email);
		assertThat(TestMailServer.subjectOf(receipt)).isEqualTo("Vi har tagit emot ditt ärende " + reference);

		Map<String, Object> stored = jdbc.sql("""
				select origin, unit_id, title, description, submitter_email, acknowledge_due, answer_due
				from cases where municipality_id = ? and reference = ?""")
			.params(fixtures.town().id(), reference)
			.query()
			.singleRow();
		assertThat(stored.get("origin")).isEqualTo(WorkshopRequests.ORIGIN);
		assertThat(((Number) stored.get("unit_id")).longValue()).isEqualTo(fixtures.town().streets().id());
		assertThat(stored.get("title")).isEqualTo("Förfrågan om workshop: Norrby hembygdsförening");
		assertThat((String) stored.get("description")).contains("Hur får vi fler unga att engagera sig?")
			.contains("Antal deltagare: ungefär 8")
			.contains("Plats: Föreningshuset, Storgatan 1")
			.contains("telefon 070-123 45 67");
		assertThat(stored.get("submitter_email")).isEqualTo(email);
		assertThat(stored.get("acknowledge_due")).isNotNull();
		assertThat(stored.get("answer_due")).isNotNull();

		// in the coach queue and the queue of the workshops' unit, not in another unit's
		assertThat(staffCases.coachQueue(fixtures.town().id())).extracting(StaffCaseSummary::reference)
			.contains(reference);
		assertThat(staffCases.unitQueue(fixtures.town().id(), List.of(fixtures.town().streets().id())))
			.extracting(StaffCaseSummary::reference)
			.containsExactly(reference);
		assertThat(staffCases.unitQueue(fixtures.town().id(), List.of(fixtures.town().library().id()))).isEmpty();
		TestStaff handler = TestStaff.create(directory, users, fixtures.town().id(), Set.of(StaffRole.HANDLER),
				List.of(fixtures.town().streets().id()));
		mvc.perform(get(fixtures.town().path("/staff/cases")).with(handler.signedIn()))
			.andExpect(content().string(containsString(reference)));
		mvc.perform(get(fixtures.town().path("/staff/cases/" + reference)).with(handler.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Norrby hembygdsf")));
	}

	@Test
	void shouldKeepAWorkshopRequestWithinItsMunicipality() throws Exception {
		fixtures.event(events, Audience.PUBLIC, 10, 1, Promotion.DIRECT,
				Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES));
		MeetingFixtures other = MeetingFixtures.create(municipalities, organisation, directory, users);
		String email = "annan-" + UUID.randomUUID() + "@example.se";

		// the other municipality has no future workshops: its coach routes the request
		mvc.perform(request(other.town().path("/events/workshop-request"), email).with(csrf()))
			.andExpect(redirectedUrlPattern(other.town().path("/track/*/receipt")));
		assertThat(requestCases(other.town().id())).isEqualTo(1);
		assertThat(requestCases(fixtures.town().id())).isZero();
		assertThat(jdbc.sql("select count(*) from cases where municipality_id = ? and origin = ? and unit_id is null")
			.params(other.town().id(), WorkshopRequests.ORIGIN)
			.query(Integer.class)
			.single()).isEqualTo(1);
		String reference = jdbc.sql("select reference from cases where municipality_id = ? and origin = ?")
			.params(other.town().id(), WorkshopRequests.ORIGIN)
			.query(String.class)
			.single();

		// staff of the first municipality can neither read nor change it
		TestStaff coach = TestStaff.create(directory, users, fixtures.town().id(), Set.of(StaffRole.IDEA_COACH),
				List.of(fixtures.town().streets().id()));
		mvc.perform(get(fixtures.town().path("/staff/cases")).with(coach.signedIn()))
			.andExpect(content().string(not(containsString(reference))));
		mvc.perform(get(other.town().path("/staff/cases/" + reference)).with(coach.signedIn()))
			.andExpect(status().is4xxClientError());
		mvc.perform(get(fixtures.town().path("/staff/cases/" + reference)).with(coach.signedIn()))
			.andExpect(status().isNotFound());
		mvc.perform(post(other.town().path("/staff/cases/" + reference + "/take")).with(coach.signedIn()).with(csrf()))
			.andExpect(status().is4xxClientError());
		assertThat(jdbc
			.sql("select count(*) from cases where reference = ? and municipality_id = ? "
					+ "and contact_staff_id is null and status = 'RECEIVED'")
			.params(reference, other.town().id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void shouldStoreNoCaseForARobotThatFillsInTheHoneypot() throws Exception {
		String email = "robot-" + UUID.randomUUID() + "@example.se";
		mvc.perform(
				request(fixtures.town().path("/events/workshop-request"), email).param("website", "spam").with(csrf()))
			.andExpect(redirectedUrl(fixtures.town().path("/events")));
		assertThat(requestCases(fixtures.town().id())).isZero();
	}

	private static MockHttpServletRequestBuilder request(String form, String email) {
		return post(form).param("organisation", "Norrby hembygdsförening")
			.param("place", "Föreningshuset, Storgatan 1")
			.param("participants", "8")
			.param("when", "Tisdagskvällar i mars")
			.param("topic", "Hur får vi fler unga att engagera sig?")
			.param("name", "Lo Persson")
			.param("email", email)
			.param("phone", "070-123 45 67");
	}

	private int requestCases(long municipalityId) {
		return jdbc.sql("select count(*) from cases where municipality_id = ? and origin = ?")
			.params(municipalityId, WorkshopRequests.ORIGIN)
			.query(Integer.class)
			.single();
	}

}
