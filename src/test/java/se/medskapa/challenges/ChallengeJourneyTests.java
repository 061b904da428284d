package se.medskapa.challenges;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.StaffCaseSummary;
import se.medskapa.cases.StaffCaseViews;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestResidents;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A challenge from draft to decision through the pages: publish, solutions anonymous and
 * signed in (cases with receipts, in the coach queue and the challenge's unit's queue),
 * two staff members score them side by side, the decision is published and every
 * submitter is told by mail. And the JSON API, and another municipality's staff, who can
 * neither read the evaluations nor act.
 */
@Tag("persistence")
class ChallengeJourneyTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

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
	StaffCaseViews staffCases;

	@Autowired
	CaseHandling handling;

	@Autowired
	ChallengeViews views;

	@Autowired
	ChallengeEvaluations evaluations;

	@Autowired
	JdbcClient jdbc;

	TestMunicipality town;

	TestStaff lead;

	TestStaff handler;

	TestStaff coach;

	@BeforeEach
	void registerMunicipality() {
		town = TestMunicipality.register(municipalities, organisation);
		lead = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.UNIT_LEAD), List.of(town.streets().id()));
		handler = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.HANDLER),
				List.of(town.streets().id()));
		coach = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of());
	}

	@Test
	void shouldCarryAChallengeFromDraftToDecisionAndTellEverySubmitter() throws Exception {
		long id = create("Tryggare skolväg på vintern");
		mvc.perform(get(town.path("/challenges/" + id))).andExpect(status().isNotFound());
		mvc.perform(get(town.path("/challenges"))).andExpect(content().string(not(containsString("Tryggare skolväg"))));

		mvc.perform(post(town.path("/staff/challenges/" + id + "/publish")).with(lead.signedIn()).with(csrf()))
			.andExpect(flash().attribute("flash", "flash.challenge.published"));
		mvc.perform(get(town.path("/challenges")))
			.andExpect(content().string(containsString("Tryggare skolväg på vintern")))
			.andExpect(content().string(containsString("Öppna för lösningar")));

		// An edit after publication is logged and shown.
		mvc.perform(form(post(town.path("/staff/challenges/" + id + "/edit")), "Tryggare skolväg på vintern")
			.param("offer", "En skolväg att testa på och 20 000 kronor.")
			.with(lead.signedIn())
			.with(csrf())).andExpect(flash().attribute("flash", "flash.challenge.saved"));
		mvc.perform(get(town.path("/challenges/" + id)))
			.andExpect(content().string(containsString("uppdaterad ")))
			.andExpect(content().string(containsString("20 000 kronor")));
		assertThat(jdbc.sql("select count(*) from challenge_edit where challenge_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);

		String anonymousEmail = "losning-" + UUID.randomUUID() + "@example.se";
		String anonymousReference = submit(id, "Vandrande skolbuss", anonymousEmail, null);
		ResidentPrincipal resident = TestResidents.create(residents);
		String residentReference = submit(id, "Reflexer till alla elever", resident.email(), resident);
		assertThat(TestMailServer.awaitOneMailTo(anonymousEmail).getSubject()).contains(anonymousReference);
		assertThat(TestMailServer.awaitOneMailTo(resident.email()).getSubject()).contains(residentReference);

		assertThat(staffCases.coachQueue(town.id())).extracting(StaffCaseSummary::reference)
			.containsExactlyInAnyOrder(anonymousReference, residentReference);
		assertThat(staffCases.unitQueue(town.id(), List.of(town.streets().id())))
			.extracting(StaffCaseSummary::reference)
			.containsExactlyInAnyOrder(anonymousReference, residentReference);
		assertThat(staffCases.unitQueue(town.id(), List.of(town.library().id()))).isEmpty();
		mvc.perform(get(town.path("/staff/cases")).with(handler.signedIn()))
			.andExpect(content().string(containsString(anonymousReference)))
			.andExpect(content().string(containsString(residentReference)));

		// The public sees a solution once the coach has published its reviewed version.
		handling.publishCase(principal(coach), town.id(), anonymousReference,
				new PublicVersion("En vandrande skolbuss", "Vuxna turas om att gå med barnen."));
		mvc.perform(get(town.path("/challenges/" + id)))
			.andExpect(content().string(containsString("En vandrande skolbuss")))
			.andExpect(content().string(containsString("1 av 2 inskickade lösningar är publicerade.")))
			.andExpect(content().string(not(containsString("Reflexer till alla elever"))));

		mvc.perform(post(town.path("/staff/challenges/" + id + "/evaluate")).with(lead.signedIn()).with(csrf()))
			.andExpect(flash().attribute("flash", "flash.challenge.evaluating"));
		mvc.perform(post(town.path("/challenges/" + id + "/solutions")).param("title", "För sent")
			.param("description", "Kom efter stängningen.")
			.with(csrf())).andExpect(status().isUnprocessableContent());

		List<Long> solutions = jdbc.sql("select id from challenge_solution where challenge_id = ? order by id")
			.param(id)
			.query(Long.class)
			.list();
		score(lead, id, solutions.get(0), "5", "4", "Enkel att börja med");
		score(handler, id, solutions.get(0), "3", "5", "Behöver vuxna som ställer upp");
		score(handler, id, solutions.get(1), "2", "2", null);
		mvc.perform(get(town.path("/staff/challenges/" + id)).with(lead.signedIn()))
			.andExpect(content().string(containsString("Behöver vuxna som ställer upp")))
			.andExpect(content().string(containsString("Enkel att börja med")));
		mvc.perform(get(town.path("/challenges/" + id)))
			.andExpect(content().string(not(containsString("Behöver vuxna som ställer upp"))));

		mvc.perform(post(town.path("/staff/challenges/" + id + "/solutions/" + solutions.get(0) + "/shortlist"))
			.with(lead.signedIn())
			.with(csrf())).andExpect(flash().attribute("flash", "flash.challenge.shortlisted"));
		// A handler scores but does not decide.
		mvc.perform(decision(id, solutions).with(handler.signedIn()).with(csrf())).andExpect(status().isForbidden());
		// A declined solution needs its reason.
		mvc.perform(post(town.path("/staff/challenges/" + id + "/decide")).param("summary", "Sammanfattning")
			.param("outcome-" + solutions.get(0), "FORWARD")
			.param("outcome-" + solutions.get(1), "DECLINED")
			.with(lead.signedIn())
			.with(csrf())).andExpect(flash().attribute("challengeError", "challenge.error.reasonRequired"));

		mvc.perform(decision(id, solutions).with(lead.signedIn()).with(csrf()))
			.andExpect(flash().attribute("flash", "flash.challenge.decided"));
		// Fresh addresses: the receipt, then the decision. (Counted from the start: a
		// mark
		// is a position in GreenMail's list, which groups mail by mailbox.)
		MimeMessage forward = TestMailServer.awaitMailsTo(anonymousEmail, 2, TestMailServer.Mark.START).get(1);
		assertThat(TestMailServer.body(forward)).contains("din lösning går vidare")
			.contains("Vi testar på Norrskolan i vår.");
		MimeMessage declined = TestMailServer.awaitMailsTo(resident.email(), 2, TestMailServer.Mark.START).get(1);
		assertThat(TestMailServer.body(declined)).contains("går inte vidare den här gången")
			.contains("Reflexer delas redan ut av skolan.");
		mvc.perform(get(town.path("/challenges/" + id)))
			.andExpect(content().string(containsString("Beslut fattat")))
			.andExpect(content().string(containsString("En pilot på Norrskolan.")))
			.andExpect(content().string(containsString("1 av 2 lösningar går vidare.")))
			.andExpect(content().string(containsString("Går vidare")));
	}

	@Test
	void shouldLetStaffOfAnotherMunicipalityNeitherReadTheEvaluationsNorAct() throws Exception {
		long id = create("Fler som cyklar");
		mvc.perform(post(town.path("/staff/challenges/" + id + "/publish")).with(lead.signedIn()).with(csrf()));
		submit(id, "Cykelbibliotek", null, null);
		long solution = jdbc.sql("select id from challenge_solution where challenge_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		score(lead, id, solution, "4", "4", "Hemlig bedömning");

		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		TestStaff foreignCoach = TestStaff.create(directory, users, other.id(),
				Set.of(StaffRole.IDEA_COACH, StaffRole.MUNICIPALITY_ADMIN, StaffRole.UNIT_LEAD),
				List.of(other.streets().id()));
		mvc.perform(get(town.path("/staff/challenges/" + id)).with(foreignCoach.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(post(town.path("/staff/challenges/" + id + "/evaluate")).with(foreignCoach.signedIn()).with(csrf()))
			.andExpect(status().isForbidden());
		// Through their own municipality's address the challenge does not exist.
		mvc.perform(get(other.path("/staff/challenges/" + id)).with(foreignCoach.signedIn()))
			.andExpect(status().isNotFound());
		mvc.perform(
				post(other.path("/staff/challenges/" + id + "/solutions/" + solution + "/scores")).param("score-1", "1")
					.with(foreignCoach.signedIn())
					.with(csrf()))
			.andExpect(status().isNotFound());
		StaffPrincipal foreign = principal(foreignCoach);
		assertThatThrownBy(() -> views.staffChallenge(foreign, town.id(), id))
			.isInstanceOf(ChallengeAccessDeniedException.class);
		assertThatThrownBy(() -> evaluations.score(foreign, town.id(), solution, 1, 1, null))
			.isInstanceOf(ChallengeAccessDeniedException.class);
		assertThat(jdbc.sql("select count(*) from challenge_score where solution_id = ?")
			.param(solution)
			.query(Integer.class)
			.single()).isEqualTo(2);
		// Positive control: the municipality's own coach reads them.
		mvc.perform(get(town.path("/staff/challenges/" + id)).with(coach.signedIn()))
			.andExpect(content().string(containsString("Hemlig bedömning")));
	}

	@Test
	void shouldListChallengesAndTakeASolutionThroughTheJsonApi() throws Exception {
		long id = create("Mindre matsvinn i skolorna");
		mvc.perform(get("/api/v1/" + town.slug() + "/challenges")).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(post("/api/v1/" + town.slug() + "/challenges/" + id + "/solutions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Smakskedar\",\"description\":\"Smaka innan man tar.\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(post(town.path("/staff/challenges/" + id + "/publish")).with(lead.signedIn()).with(csrf()));

		MvcResult created = mvc.perform(post("/api/v1/" + town.slug() + "/challenges/" + id + "/solutions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Smakskedar\",\"description\":\"Smaka innan man tar.\",\"publishPermission\":true}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reference").isString())
			.andExpect(jsonPath("$.trackingUrl", containsString("/track/")))
			.andReturn();
		String reference = JsonPath.read(created.getResponse().getContentAsString(), "$.reference");
		mvc.perform(post("/api/v1/" + town.slug() + "/challenges/" + id + "/solutions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"description\":\"Utan rubrik\"}")).andExpect(status().isBadRequest());

		mvc.perform(get("/api/v1/" + town.slug() + "/challenges"))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].title").value("Mindre matsvinn i skolorna"))
			.andExpect(jsonPath("$[0].solutionCount").value(1))
			.andExpect(jsonPath("$[0].acceptsSolutions").value(true));
		mvc.perform(get("/api/v1/" + town.slug() + "/challenges/" + id)).andExpect(jsonPath("$.solutions", hasSize(0)));
		handling.publishCase(principal(coach), town.id(), reference,
				new PublicVersion("Smakskedar i matsalen", "Smaka först."));
		mvc.perform(get("/api/v1/" + town.slug() + "/challenges/" + id))
			.andExpect(jsonPath("$.solutions", hasSize(1)))
			.andExpect(jsonPath("$.solutions[0].reference").value(reference))
			.andExpect(jsonPath("$.solutions[0].title").value("Smakskedar i matsalen"));

		// Another municipality's address knows no such challenge.
		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		mvc.perform(get("/api/v1/" + other.slug() + "/challenges/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/" + other.slug() + "/challenges")).andExpect(jsonPath("$", hasSize(0)));

		mvc.perform(post(town.path("/staff/challenges/" + id + "/evaluate")).with(lead.signedIn()).with(csrf()));
		mvc.perform(post("/api/v1/" + town.slug() + "/challenges/" + id + "/solutions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Sent\",\"description\":\"För sent.\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private long create(String title) throws Exception {
		MvcResult created = mvc
			.perform(form(post(town.path("/staff/challenges")), title).with(lead.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title) {
		return request.param("unitId", String.valueOf(town.streets().id()))
			.param("title", title)
			.param("problem", "Mörkt och halt på morgnarna.")
			.param("affected", "Elever och föräldrar")
			.param("criteria", "Fler går eller cyklar\nKostar lite")
			.param("offer", "En skolväg att testa på.")
			.param("deadline", LocalDate.now().plusDays(30).toString())
			.param("contactName", "Enhetschefen")
			.param("contactEmail", "");
	}

	private String submit(long id, String title, String email, ResidentPrincipal resident) throws Exception {
		MockHttpServletRequestBuilder request = post(town.path("/challenges/" + id + "/solutions"))
			.param("title", title)
			.param("description", "Så här löser vi det.")
			.param("publishPermission", "true")
			.with(csrf());
		if (email != null) {
			request.param("email", email);
		}
		if (resident != null) {
			request.with(TestResidents.signedIn(resident));
		}
		MvcResult submitted = mvc.perform(request).andExpect(redirectedUrl(town.path("/cases/receipt"))).andReturn();
		return (String) submitted.getFlashMap().get("reference");
	}

	private void score(TestStaff staff, long id, long solution, String first, String second, String comment)
			throws Exception {
		MockHttpServletRequestBuilder request = post(
				town.path("/staff/challenges/" + id + "/solutions/" + solution + "/scores"))
			.param("score-1", first)
			.param("score-2", second)
			.with(staff.signedIn())
			.with(csrf());
		if (comment != null) {
			request.param("comment-1", comment);
		}
		mvc.perform(request).andExpect(flash().attribute("flash", "flash.challenge.scored"));
	}

	private MockHttpServletRequestBuilder decision(long id, List<Long> solutions) {
		return post(town.path("/staff/challenges/" + id + "/decide")).param("summary", "En pilot på Norrskolan.")
			.param("outcome-" + solutions.get(0), "FORWARD")
			.param("reason-" + solutions.get(0), "Vi testar på Norrskolan i vår.")
			.param("outcome-" + solutions.get(1), "DECLINED")
			.param("reason-" + solutions.get(1), "Reflexer delas redan ut av skolan.");
	}

	private StaffPrincipal principal(TestStaff staff) {
		return users.reload(staff.id()).orElseThrow();
	}

}
