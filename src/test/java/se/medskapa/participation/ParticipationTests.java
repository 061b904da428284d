package se.medskapa.participation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.accounts.spi.ResidentData;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.participation.events.SupportGiven;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.MockMvcSessions;
import se.medskapa.support.RecordedEvents;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestResidents;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Support and comments on a published case, through the pages: one support per resident
 * however many arrive at once, the count told to the cases module, and the comment
 * journey with its rules (replies, official answer, edit window, deletion, safe links,
 * sign-in and back, another municipality's staff).
 */
@Tag("persistence")
class ParticipationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionRepository<? extends Session> sessions;

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
	Supports supports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<ResidentData> residentData;

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
	void shouldCountOneHundredParallelSupportsByOneHundredResidentsAsOneHundred() throws Exception {
		List<ResidentPrincipal> hundred = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			hundred.add(TestResidents.create(residents));
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			for (ResidentPrincipal resident : hundred) {
				Callable<Integer> support = () -> {
					start.await();
					return mvc.perform(post(supportPath()).with(TestResidents.signedIn(resident)).with(csrf()))
						.andReturn()
						.getResponse()
						.getStatus();
				};
				answers.add(pool.submit(support));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(supports.count(town.id(), ItemKind.CASE, published.id())).isEqualTo(100);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(supportCount()).isEqualTo(100));
		mvc.perform(get(casePath())).andExpect(content().string(containsString("100 personer stödjer detta")));
	}

	@Test
	void shouldCountTwoSupportsOfOneResidentOnce() throws Exception {
		ResidentPrincipal resident = TestResidents.create(residents);
		int before = RecordedEvents.ofType(SupportGiven.class).size();
		mvc.perform(post(supportPath()).with(TestResidents.signedIn(resident)).with(csrf()))
			.andExpect(redirectedUrl(casePath() + "#support"));
		mvc.perform(post(supportPath()).with(TestResidents.signedIn(resident)).with(csrf()))
			.andExpect(redirectedUrl(casePath() + "#support"));

		assertThat(RecordedEvents.ofType(SupportGiven.class).stream().filter(e -> e.itemId() == published.id()))
			.hasSize(1);
		assertThat(RecordedEvents.ofType(SupportGiven.class)).hasSize(before + 1);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(supportCount()).isEqualTo(1));
		mvc.perform(get(casePath()).with(TestResidents.signedIn(resident)))
			.andExpect(content().string(containsString("1 person stödjer detta")))
			.andExpect(content().string(containsString("Du stödjer detta.")));
	}

	@Test
	void shouldRefuseSupportOfAnUnpublishedCaseAndOfStaff() throws Exception {
		SubmittedCase unpublished = intake.submit(town.municipality(), new CaseSubmission(CaseKind.IDEA, "Hemligt",
				"Inte publicerat.", null, null, null, null, true, "sv", null, null, false));
		mvc.perform(post(town.path("/participation/case/" + unpublished.id() + "/support"))
			.with(TestResidents.signedIn(TestResidents.create(residents)))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(supportPath()).with(coach.signedIn()).with(csrf()))
			.andExpect(flash().attribute("participationError", "participation.error.notAllowed"));
		assertThat(supports.count(town.id(), ItemKind.CASE, published.id())).isZero();
	}

	@Test
	void shouldCarryACommentThroughReplyOfficialAnswerEditAndDeletion() throws Exception {
		ResidentPrincipal resident = TestResidents.create(residents);
		RequestPostProcessor asResident = TestResidents.signedIn(resident);
		MvcResult posted = mvc
			.perform(post(commentsPath()).param("body", "Gäller det även bänkar vid badplatsen?")
				.with(asResident)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long commentId = Long.parseLong(posted.getResponse().getRedirectedUrl().replaceAll(".*#comment-", ""));

		mvc.perform(post(commentsPath()).param("body", "Ja, badplatsen ingår.")
			.param("parentId", String.valueOf(commentId))
			.with(coach.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());
		long replyId = jdbc.sql("select id from participation_comment where parent_id = ?")
			.param(commentId)
			.query(Long.class)
			.single();
		mvc.perform(post(commentPath(replyId, "/official")).with(coach.signedIn()).with(csrf()))
			.andExpect(flash().attribute("flash", "flash.participation.official"));
		// No reply to a reply: one level only.
		mvc.perform(post(commentsPath()).param("body", "Tack!")
			.param("parentId", String.valueOf(replyId))
			.with(asResident)
			.with(csrf())).andExpect(flash().attribute("commentError", "participation.error.notAllowed"));
		// Only the author edits, and only staff mark official answers.
		mvc.perform(post(commentPath(commentId, "/edit")).param("body", "Ändrat av någon annan")
			.with(TestResidents.signedIn(TestResidents.create(residents)))
			.with(csrf())).andExpect(flash().attribute("commentError", "participation.error.notAllowed"));
		mvc.perform(post(commentPath(replyId, "/official")).with(asResident).with(csrf()))
			.andExpect(flash().attribute("commentError", "participation.error.notAllowed"));

		mvc.perform(post(commentPath(commentId, "/edit")).param("body", "Gäller det även bänkarna vid badplatsen?")
			.with(asResident)
			.with(csrf())).andExpect(flash().attribute("flash", "flash.participation.edited"));
		mvc.perform(get(casePath()))
			.andExpect(content().string(containsString("Gäller det även bänkarna vid badplatsen?")))
			.andExpect(content().string(containsString("(redigerad)")))
			.andExpect(content().string(containsString("Kommunens officiella svar")))
			.andExpect(content().string(containsString("Ja, badplatsen ingår.")));

		// After 15 minutes the text stays as it is.
		jdbc.sql("update participation_comment set created_at = created_at - interval '16 minutes' where id = ?")
			.param(commentId)
			.update();
		mvc.perform(post(commentPath(commentId, "/edit")).param("body", "För sent").with(asResident).with(csrf()))
			.andExpect(flash().attribute("commentError", "participation.error.notAllowed"))
			.andExpect(flash().attribute("commentBody", "För sent"));

		mvc.perform(post(commentPath(commentId, "/delete")).with(asResident).with(csrf()))
			.andExpect(flash().attribute("flash", "flash.participation.deleted"));
		mvc.perform(get(casePath()))
			.andExpect(content().string(containsString("Kommentaren är borttagen.")))
			.andExpect(content().string(not(containsString("badplatsen?"))))
			.andExpect(content().string(containsString("Ja, badplatsen ingår.")));
	}

	@Test
	void shouldShowScriptJavascriptAndDataAsInertTextAndLinkOnlyHttpAddresses() throws Exception {
		String hostile = "<script>alert('x')</script> <img src=x onerror=alert(1)> javascript:alert(1) "
				+ "data:text/html,<b>x</b> se https://example.se/plan";
		mvc.perform(post(commentsPath()).param("body", hostile)
			.with(TestResidents.signedIn(TestResidents.create(residents)))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get(casePath()))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(not(containsString("href=\"javascript:"))))
			.andExpect(content().string(not(containsString("href=\"data:"))))
			.andExpect(content().string(containsString("href=\"https://example.se/plan\"")));
	}

	@Test
	void shouldSendSomeoneNotSignedInToSignInAndBackToTheSamePage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post(commentsPath()).param("body", "Hej").session(session).with(csrf()))
			.andExpect(redirectedUrl(signInPath()));
		mvc.perform(get(signInPath()).session(session)).andExpect(redirectedUrl("/login"));
		// Signing in in this session (the link from the mail) ends on the saved request,
		// which returns to the case page.
		// the session lives in PostgreSQL (Spring Session): read it there
		Session stored = sessions.findById(MockMvcSessions.storedId(session));
		assertThat((Object) stored.getAttribute("SPRING_SECURITY_SAVED_REQUEST"))
			.hasToString("DefaultSavedRequest [http://localhost" + signInPath() + "?continue]");
		mvc.perform(get(signInPath()).with(TestResidents.signedIn(TestResidents.create(residents))))
			.andExpect(redirectedUrl(casePath() + "#comments"));
		mvc.perform(get(casePath())).andExpect(content().string(containsString("Logga in för att kommentera")));
		assertThat(jdbc.sql("select count(*) from participation_comment where item_id = ?")
			.param(published.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void shouldLetStaffOfAnotherMunicipalityNeitherCommentNorMarkOfficialAnswers() throws Exception {
		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		TestStaff foreignCoach = TestStaff.create(directory, users, other.id(), Set.of(StaffRole.IDEA_COACH),
				List.of());
		mvc.perform(post(commentsPath()).param("body", "Från grannkommunen").with(foreignCoach.signedIn()).with(csrf()))
			.andExpect(flash().attribute("commentError", "participation.error.notAllowed"));
		mvc.perform(post(commentsPath()).param("body", "Vi svarar").with(coach.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long staffComment = jdbc.sql("select id from participation_comment where item_id = ? and municipality_id = ?")
			.params(published.id(), town.id())
			.query(Long.class)
			.single();
		mvc.perform(post(commentPath(staffComment, "/official")).with(foreignCoach.signedIn()).with(csrf()))
			.andExpect(flash().attribute("commentError", "participation.error.notAllowed"));
		// The comment is not found through the other municipality's address either.
		mvc.perform(
				post(other.path("/participation/comments/" + staffComment + "/official")).with(foreignCoach.signedIn())
					.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select official from participation_comment where id = ?")
			.param(staffComment)
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void shouldSignADeletedResidentsCommentsAsAResident() throws Exception {
		ResidentPrincipal resident = TestResidents.create(residents);
		residents.updateProfile(resident.id(), "Karin Kommentar", "sv");
		ResidentPrincipal named = (ResidentPrincipal) residents.loadUserByUsername(resident.email());
		mvc.perform(post(commentsPath()).param("body", "Bra idé").with(TestResidents.signedIn(named)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(casePath())).andExpect(content().string(containsString("Karin Kommentar")));

		residents.deleteAccount(resident.id());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get(casePath()))
				.andExpect(content().string(not(containsString("Karin Kommentar"))))
				.andExpect(content().string(containsString("Bra idé"))));
	}

	@Test
	void shouldExportTheResidentsCommentsAndSupports() throws Exception {
		ResidentPrincipal resident = TestResidents.create(residents);
		mvc.perform(
				post(commentsPath()).param("body", "Min kommentar").with(TestResidents.signedIn(resident)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(supportPath()).with(TestResidents.signedIn(resident)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		ResidentData section = residentData.stream()
			.filter(data -> data.section().equals("participation"))
			.findFirst()
			.orElseThrow();
		assertThat(section.exportFor(resident.id())).hasToString(
				"Exported[comments=[ExportedComment[municipalityId=%d, itemKind=CASE, itemId=%d, createdAt=%s, body=Min kommentar, edited=false, deleted=false]], supports=[ExportedSupport[municipalityId=%d, itemKind=CASE, itemId=%d, supportedAt=%s]]]"
					.formatted(town.id(), published.id(),
							instant("select created_at from participation_comment where author_resident_id = ?",
									resident),
							town.id(), published.id(),
							instant("select supported_at from participation_support where resident_id = ?", resident)));
		assertThat(section.exportFor(TestResidents.create(residents).id()))
			.hasToString("Exported[comments=[], supports=[]]");
	}

	private Instant instant(String sql, ResidentPrincipal resident) {
		return jdbc.sql(sql).param(resident.id()).query(Instant.class).single();
	}

	private int supportCount() {
		return jdbc.sql("select support_count from cases where id = ?")
			.param(published.id())
			.query(Integer.class)
			.single();
	}

	private String casePath() {
		return town.path("/cases/" + published.reference());
	}

	private String supportPath() {
		return town.path("/participation/case/" + published.id() + "/support");
	}

	private String commentsPath() {
		return town.path("/participation/case/" + published.id() + "/comments");
	}

	private String signInPath() {
		return town.path("/participation/case/" + published.id() + "/sign-in");
	}

	private String commentPath(long commentId, String action) {
		return town.path("/participation/comments/" + commentId + action);
	}

}
