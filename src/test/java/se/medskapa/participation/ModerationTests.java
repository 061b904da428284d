package se.medskapa.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestResidents;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reporting and moderation (ADR 0031): three reports hide a comment once, however many
 * arrive together; the hidden text is kept but shown nowhere in public; the
 * municipality's coach restores, hides and blocks with a reason, the author is told by
 * mail in their language; staff of another municipality, and the coach's own colleagues
 * who are no coaches, are refused.
 */
@Tag("persistence")
class ModerationTests extends IntegrationTest {

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
	Moderation moderation;

	@Autowired
	JdbcClient jdbc;

	TestMunicipality town;

	TestStaff coach;

	SubmittedCase published;

	ResidentPrincipal author;

	long commentId;

	String page;

	@BeforeEach
	void commentOnAPublishedCase() {
		town = TestMunicipality.register(municipalities, organisation);
		coach = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		published = intake.submit(town.municipality(), new CaseSubmission(CaseKind.IDEA, "Fler bänkar", "Längs ån.",
				null, null, null, null, true, "sv", null, null, false));
		handling.publishCase(users.reload(coach.id()).orElseThrow(), town.id(), published.reference(),
				new PublicVersion("Fler bänkar längs ån", "Det behövs fler platser att vila på."));
		author = TestResidents.create(residents);
		residents.updateProfile(author.id(), "Kim", "en");
		commentId = comments.post(town.id(), ItemKind.CASE, published.id(), null, Participant.resident(author),
				"Elak kommentar om grannen");
		page = town.path("/cases/" + published.reference());
	}

	@Test
	void shouldHideACommentAfterThreeReportsAndTellItsAuthorInTheirLanguage() throws Exception {
		TestMailServer.Mark mark = TestMailServer.mark();
		for (int i = 0; i < 2; i++) {
			report(TestResidents.create(residents));
		}
		assertThat(hiddenAt()).as("two reports hide nothing").isFalse();
		ResidentPrincipal third = TestResidents.create(residents);
		mvc.perform(post(town.path("/participation/comments/" + commentId + "/report")).param("reason", "OFFENSIVE")
			.param("details", "Hänger ut en granne")
			.with(TestResidents.signedIn(third))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "flash.participation.reported"));
		assertThat(hiddenAt()).isTrue();
		assertThat(jdbc.sql("select body from participation_comment where id = ?")
			.param(commentId)
			.query(String.class)
			.single()).as("the text is kept").isEqualTo("Elak kommentar om grannen");

		mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Elak kommentar"))))
			.andExpect(content().string(containsString("Dold i väntan på granskning")));
		assertThat(
				jdbc.sql("select body from (select " + Comments.COLUMNS + " from participation_comment) c where id = ?")
					.param(commentId)
					.query(String.class)
					.single())
			.as("every public read of comments gets no text")
			.isEmpty();

		MimeMessage told = TestMailServer.awaitOneMailTo(author.email(), mark);
		assertThat(TestMailServer.body(told)).contains("has been reported by several people")
			.contains("Elak kommentar om grannen");
	}

	@Test
	void shouldStoreOneReportPerParticipantAndItem() throws Exception {
		ResidentPrincipal reporter = TestResidents.create(residents);
		report(reporter);
		mvc.perform(post(town.path("/participation/comments/" + commentId + "/report")).param("reason", "SPAM")
			.with(TestResidents.signedIn(reporter))
			.with(csrf())).andExpect(flash().attribute("flash", "flash.participation.alreadyReported"));
		assertThat(reportCount()).isEqualTo(1);
	}

	@Test
	void shouldHideOnceWhenTwentyResidentsReportAtOnce() throws Exception {
		List<ResidentPrincipal> twenty = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			twenty.add(TestResidents.create(residents));
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> answers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			for (ResidentPrincipal resident : twenty) {
				Callable<Boolean> report = () -> {
					start.await();
					return moderation.report(town.id(), ReportTarget.COMMENT, commentId, Participant.resident(resident),
							ReportReason.SPAM, null);
				};
				answers.add(pool.submit(report));
			}
			start.countDown();
			for (Future<Boolean> answer : answers) {
				assertThat(answer.get()).isTrue();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(reportCount()).isEqualTo(20);
		assertThat(jdbc
			.sql("""
					select count(*) from participation_moderation_log l join participation_moderation_item i
					  on i.id = l.moderation_item_id where i.item_id = ? and i.item_kind = 'COMMENT' and l.action = 'HIDDEN_BY_REPORTS'""")
			.param(commentId)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc
			.sql("select report_count from participation_moderation_item where item_kind = 'COMMENT' and item_id = ?")
			.param(commentId)
			.query(Integer.class)
			.single()).isEqualTo(20);
	}

	@Test
	void shouldLetTheCoachRestoreWithAReasonLoggedAndMailed() throws Exception {
		for (int i = 0; i < 3; i++) {
			report(TestResidents.create(residents));
		}
		long item = itemId();
		mvc.perform(get(town.path("/staff/moderation")).with(coach.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Elak kommentar om grannen")))
			.andExpect(content().string(containsString("Dold efter anmälningar")));
		mvc.perform(post(town.path("/staff/moderation/" + item + "/restore")).param("reason", " ")
			.with(coach.signedIn())
			.with(csrf())).andExpect(flash().attribute("moderationError", "participation.moderation.error.reason"));
		assertThat(hiddenAt()).isTrue();

		TestMailServer.Mark mark = TestMailServer.mark();
		mvc.perform(post(town.path("/staff/moderation/" + item + "/restore")).param("reason", "Kritik är tillåten")
			.with(coach.signedIn())
			.with(csrf())).andExpect(flash().attribute("flash", "flash.participation.moderation.restored"));
		assertThat(hiddenAt()).isFalse();
		mvc.perform(get(page)).andExpect(content().string(containsString("Elak kommentar om grannen")));
		assertThat(TestMailServer.body(TestMailServer.awaitOneMailTo(author.email(), mark))).contains("shows it again")
			.contains("Kritik är tillåten");
		mvc.perform(get(town.path("/staff/moderation")).param("reviewed", "true").with(coach.signedIn()))
			.andExpect(content().string(containsString("Återställd av moderator")))
			.andExpect(content().string(containsString("Kritik är tillåten")));

		report(TestResidents.create(residents));
		assertThat(hiddenAt()).as("a restored comment is hidden by reports no more").isFalse();
	}

	@Test
	void shouldKeepABlockedResidentFromCommentingAndReporting() throws Exception {
		report(TestResidents.create(residents));
		TestMailServer.Mark mark = TestMailServer.mark();
		mvc.perform(post(town.path("/staff/moderation/" + itemId() + "/block")).param("days", "7")
			.param("reason", "Upprepade personangrepp")
			.with(coach.signedIn())
			.with(csrf())).andExpect(flash().attribute("flash", "flash.participation.moderation.blocked"));
		assertThat(TestMailServer.body(TestMailServer.awaitOneMailTo(author.email(), mark)))
			.contains("blocked you from commenting")
			.contains("Upprepade personangrepp");

		mvc.perform(post(town.path("/participation/case/" + published.id() + "/comments")).param("body", "Igen!")
			.with(TestResidents.signedIn(author))
			.with(csrf()))
			.andExpect(flash().attribute("commentError", "participation.error.blocked"))
			.andExpect(flash().attribute("commentBody", "Igen!"));
		assertThatThrownBy(() -> moderation.report(town.id(), ReportTarget.CASE, published.id(),
				Participant.resident(author), ReportReason.OTHER, null))
			.isInstanceOf(ParticipationRefusedException.class)
			.hasMessage("participation.error.blocked");
		ResidentPrincipal other = TestResidents.create(residents);
		assertThat(comments.post(town.id(), ItemKind.CASE, published.id(), null, Participant.resident(other), "Ok"))
			.as("others still comment")
			.isPositive();
	}

	@Test
	void shouldRefuseModerationToOtherMunicipalitiesStaffAndToNonCoaches() throws Exception {
		report(TestResidents.create(residents));
		long item = itemId();
		TestMunicipality elsewhere = TestMunicipality.register(municipalities, organisation);
		TestStaff otherCoach = TestStaff.create(directory, users, elsewhere.id(), Set.of(StaffRole.IDEA_COACH),
				List.of());
		TestStaff handler = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.HANDLER), List.of());

		mvc.perform(get(town.path("/staff/moderation")).with(otherCoach.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get(town.path("/staff/moderation")).with(handler.signedIn())).andExpect(status().isForbidden());
		mvc.perform(post(town.path("/staff/moderation/" + item + "/hide")).param("reason", "x")
			.with(otherCoach.signedIn())
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(elsewhere.path("/staff/moderation/" + item + "/hide")).param("reason", "x")
			.with(otherCoach.signedIn())
			.with(csrf())).andExpect(status().is4xxClientError());
		assertThat(hiddenAt()).as("the other municipality's item is not found there").isFalse();
		assertThat(jdbc.sql("select state from participation_moderation_item where id = ?")
			.param(item)
			.query(String.class)
			.single()).isEqualTo("VISIBLE");
		assertThatThrownBy(() -> moderation.queue(town.id(), town.slug(),
				Participant.staff(users.reload(otherCoach.id()).orElseThrow()), false, null))
			.isInstanceOf(ParticipationRefusedException.class);
	}

	@Test
	void shouldHideAReportedCaseThroughItsOwnerAndRestoreIt() throws Exception {
		jdbc.sql(
				"insert into participation_moderation_setting (municipality_id, report_threshold, changed_at) values (?, 1, now())")
			.param(town.id())
			.update();
		moderation.report(town.id(), ReportTarget.CASE, published.id(),
				Participant.resident(TestResidents.create(residents)), ReportReason.ILLEGAL,
				"Upphovsrättsskyddad bild");
		await().untilAsserted(() -> assertThat(casePublished()).isFalse());
		mvc.perform(get("/api/v1/" + town.slug() + "/cases"))
			.andExpect(content().string(not(containsString(published.reference()))));
		long item = jdbc.sql("select id from participation_moderation_item where item_kind = 'CASE' and item_id = ?")
			.param(published.id())
			.query(Long.class)
			.single();
		moderation.restore(town.id(), item, Participant.staff(users.reload(coach.id()).orElseThrow()),
				"Bilden är egen");
		await().untilAsserted(() -> assertThat(casePublished()).isTrue());
	}

	private void report(ResidentPrincipal reporter) throws Exception {
		mvc.perform(post(town.path("/participation/comments/" + commentId + "/report")).param("reason", "OFFENSIVE")
			.with(TestResidents.signedIn(reporter))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "flash.participation.reported"));
	}

	private boolean hiddenAt() {
		return jdbc.sql("select hidden_at is not null from participation_comment where id = ?")
			.param(commentId)
			.query(Boolean.class)
			.single();
	}

	private int reportCount() {
		return jdbc
			.sql("""
					select count(*) from participation_report r join participation_moderation_item i on i.id = r.moderation_item_id
					where i.item_kind = 'COMMENT' and i.item_id = ?""")
			.param(commentId)
			.query(Integer.class)
			.single();
	}

	private long itemId() {
		return jdbc.sql("select id from participation_moderation_item where item_kind = 'COMMENT' and item_id = ?")
			.param(commentId)
			.query(Long.class)
			.single();
	}

	private boolean casePublished() {
		return jdbc.sql("select published from cases where id = ?").param(published.id()).query(Boolean.class).single();
	}

}
