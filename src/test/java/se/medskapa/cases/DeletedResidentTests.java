package se.medskapa.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestResidents;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.medskapa.support.TestResidents.signedIn;

/**
 * ADR 0011: a deleted resident is gone from the cases (name, address, tracking links,
 * follows, mail), while the case text stays; and the data export lists their cases.
 */
@Tag("persistence")
class DeletedResidentTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Residents residents;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseMails caseMails;

	@Test
	void shouldEraseTheDeletedResidentFromTheirCasesAndMailThemNoMore() throws Exception {
		Municipality pitea = municipalities.requireBySlug("pitea");
		long unit = organisation.units(pitea.id()).get(0).id();
		StaffPrincipal coach = principal(Set.of(StaffRole.IDEA_COACH), List.of());
		StaffPrincipal handler = principal(Set.of(StaffRole.HANDLER), List.of(unit));
		ResidentPrincipal me = TestResidents.create(residents);
		ResidentPrincipal witness = TestResidents.create(residents);
		SubmittedCase mine = intake.submit(pitea,
				new CaseSubmission(CaseKind.IDEA, "Bänkar längs älven", "Fler bänkar vid strandpromenaden.", null, null,
						"Kim Raderad", me.email(), true, "sv", me.id(), null, false));
		handling.routeCase(coach, pitea.id(), mine.reference(), unit, null,
				new PublicVersion("Bänkar längs älven", "Fler bänkar."));
		handling.replyToCase(pitea.id(), mine.trackingToken(), "Gärna i ek.");
		for (ResidentPrincipal follower : List.of(me, witness)) {
			mvc.perform(post("/pitea/cases/" + mine.reference() + "/follow").with(signedIn(follower)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(get("/account/export").with(signedIn(me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cases[0].reference").value(mine.reference()))
			.andExpect(jsonPath("$.cases[0].municipality").value(pitea.name()))
			.andExpect(jsonPath("$.cases[0].title").value("Bänkar längs älven"))
			.andExpect(jsonPath("$.cases[0].status").exists())
			.andExpect(jsonPath("$.cases[0].submittedAt").exists())
			.andExpect(jsonPath("$.cases[0].messages[0].message").value("Gärna i ek."));
		// The receipt and the routing news (a move, mailed once its window has passed):
		// every mail before the deletion has arrived.
		await().untilAsserted(() -> {
			caseMails.sendDueMoveMails(Instant.now().plus(Duration.ofMinutes(3)));
			assertThat(TestMailServer.mailsTo(me.email())).hasSize(2);
		});

		mvc.perform(post("/account/delete").with(signedIn(me)).with(csrf())).andExpect(redirectedUrl("/"));

		await().untilAsserted(() -> assertThat(submitter(mine.id())).containsEntry("submitter_email", null)
			.containsEntry("submitter_name", null));
		assertThat(submitter(mine.id())).containsEntry("description", "Fler bänkar vid strandpromenaden.");
		assertThat(jdbc.sql("select count(*) from case_follower where resident_id = ?")
			.param(me.id())
			.query(Integer.class)
			.single()).isZero();
		mvc.perform(get("/pitea/track/" + mine.trackingToken())).andExpect(status().isNotFound());
		handling.takeCase(handler, pitea.id(), mine.reference());
		handling.changeCaseStatus(handler, pitea.id(), mine.reference(), CaseStatus.PLANNED, "Vi ställer ut bänkar.",
				null);
		// The witness's mail proves the status change was handled; the deleted resident
		// got nothing from it, nor from the take before it.
		await()
			.untilAsserted(() -> assertThat(TestMailServer.mailsTo(witness.email())).extracting(MimeMessage::getSubject)
				.contains("Nytt i ärendet du följer: " + mine.reference()));
		caseMails.sendDueMoveMails(Instant.now().plus(Duration.ofMinutes(3)));
		assertThat(TestMailServer.mailsTo(me.email())).hasSize(2);
	}

	private Map<String, Object> submitter(long caseId) {
		return jdbc.sql("select submitter_name, submitter_email, description from cases where id = ?")
			.param(caseId)
			.query()
			.singleRow();
	}

	private StaffPrincipal principal(Set<StaffRole> roles, List<Long> units) {
		Municipality pitea = municipalities.requireBySlug("pitea");
		return users.reload(TestStaff.create(directory, users, pitea.id(), roles, units).id()).orElseThrow();
	}

}
