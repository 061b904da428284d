package se.medskapa.participation;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.RateLimiter;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestResidents;
import se.medskapa.support.TestStaff;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Comments and support through the JSON API: public keyset pages, writes only for a
 * signed-in participant of the municipality, one support per resident, the rate limit.
 */
@Tag("persistence")
class ParticipationApiTests extends IntegrationTest {

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
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	Comments comments;

	@Autowired
	RateLimiter rateLimiter;

	TestMunicipality town;

	TestStaff coach;

	SubmittedCase published;

	@BeforeEach
	void publishACase() {
		town = TestMunicipality.register(municipalities, organisation);
		coach = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		published = intake.submit(town.municipality(), new CaseSubmission(CaseKind.IDEA, "Fler bänkar", "Längs ån.",
				null, null, null, null, true, "sv", null, null, false));
		handling.publishCase(users.reload(coach.id()).orElseThrow(), town.id(), published.reference(),
				new PublicVersion("Fler bänkar längs ån", "Det behövs fler platser att vila på."));
	}

	@Test
	void shouldListCommentsInKeysetPagesWithoutLogin() throws Exception {
		Participant resident = Participant.resident(TestResidents.create(residents));
		for (int i = 1; i <= ParticipationViews.PAGE_SIZE + 1; i++) {
			comments.post(town.id(), ItemKind.CASE, published.id(), null, resident, "Kommentar " + i);
		}
		String first = mvc.perform(get(api("/comments")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.comments", hasSize(ParticipationViews.PAGE_SIZE)))
			.andExpect(jsonPath("$.comments[0].body").value("Kommentar 1"))
			.andExpect(jsonPath("$.nextAfter").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long after = Long.parseLong(first.replaceAll("(?s).*\"nextAfter\":(\\d+).*", "$1"));
		mvc.perform(get(api("/comments")).param("after", String.valueOf(after)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.comments", hasSize(1)))
			.andExpect(jsonPath("$.comments[0].body").value("Kommentar " + (ParticipationViews.PAGE_SIZE + 1)))
			.andExpect(jsonPath("$.nextAfter").value(nullValue()));
	}

	@Test
	void shouldTakeACommentAndAReplyFromSignedInParticipantsAsPlainText() throws Exception {
		ResidentPrincipal resident = TestResidents.create(residents);
		String created = mvc
			.perform(post(api("/comments")).with(TestResidents.signedIn(resident))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\":\"<script>alert(1)</script> se javascript:alert(1)\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("\\D", ""));
		mvc.perform(post(api("/comments")).with(coach.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"Tack, vi tittar på det.\",\"parentId\":" + id + "}")).andExpect(status().isCreated());
		mvc.perform(get(api("/comments")))
			.andExpect(jsonPath("$.comments[0].body").value("<script>alert(1)</script> se javascript:alert(1)"))
			.andExpect(jsonPath("$.comments[0].replies[0].byStaff").value(true))
			.andExpect(jsonPath("$.comments[0].replies[0].body").value("Tack, vi tittar på det."));
		mvc.perform(post(api("/comments")).with(TestResidents.signedIn(resident))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"  \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("participation.error.textRequired"));
	}

	@Test
	void shouldRefuseWritesWithoutASignedInParticipant() throws Exception {
		mvc.perform(post(api("/comments")).contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Hej\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("participation.api.signInRequired"));
		mvc.perform(post(api("/support")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("participation.api.signInRequired"));
		mvc.perform(delete(api("/support"))).andExpect(status().isUnauthorized());
		mvc.perform(get(api("/comments"))).andExpect(jsonPath("$.comments", hasSize(0)));
	}

	@Test
	void shouldCountOneSupportPerResidentAndTakeItBack() throws Exception {
		ResidentPrincipal resident = TestResidents.create(residents);
		mvc.perform(post(api("/support")).with(TestResidents.signedIn(resident)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(true))
			.andExpect(jsonPath("$.supportCount").value(1));
		mvc.perform(post(api("/support")).with(TestResidents.signedIn(resident)))
			.andExpect(jsonPath("$.changed").value(false))
			.andExpect(jsonPath("$.supportCount").value(1));
		mvc.perform(get(api("/comments")).with(TestResidents.signedIn(resident)))
			.andExpect(jsonPath("$.supported").value(true));
		mvc.perform(delete(api("/support")).with(TestResidents.signedIn(resident)))
			.andExpect(jsonPath("$.changed").value(true))
			.andExpect(jsonPath("$.supportCount").value(0));
		// Staff comment but do not support.
		mvc.perform(post(api("/support")).with(coach.signedIn()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("participation.error.notAllowed"));
	}

	@Test
	void shouldLetStaffOfAnotherMunicipalityNotComment() throws Exception {
		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		TestStaff foreign = TestStaff.create(directory, users, other.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		mvc.perform(post(api("/comments")).with(foreign.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"Från grannkommunen\"}")).andExpect(status().isForbidden());
		// Nor is the item found through the other municipality's address.
		mvc.perform(get("/api/v1/" + other.slug() + "/participation/case/" + published.id() + "/comments"))
			.andExpect(status().isNotFound());
		mvc.perform(get(api("/comments"))).andExpect(jsonPath("$.comments", hasSize(0)));
	}

	@Test
	void shouldAnswerNotFoundForAnItemThatIsNotPublic() throws Exception {
		SubmittedCase unpublished = intake.submit(town.municipality(), new CaseSubmission(CaseKind.IDEA, "Ny idé",
				"Inte publicerad.", null, null, null, null, true, "sv", null, null, false));
		mvc.perform(get("/api/v1/" + town.slug() + "/participation/case/" + unpublished.id() + "/comments"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/" + town.slug() + "/participation/nothing/1/comments"))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldRefuseWritesOverTheRateLimitWithRetryAfter() throws Exception {
		ResidentPrincipal resident = TestResidents.create(residents);
		for (int i = 0; i < 30; i++) {
			rateLimiter.tryAcquire("participation-api:resident:" + resident.id(), 30, Duration.ofMinutes(10));
		}
		mvc.perform(post(api("/support")).with(TestResidents.signedIn(resident)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.code").value("participation.api.tooMany"));
		mvc.perform(get(api("/comments"))).andExpect(jsonPath("$.supportCount").value(0));
	}

	private String api(String rest) {
		return "/api/v1/" + town.slug() + "/participation/case/" + published.id() + rest;
	}

}
