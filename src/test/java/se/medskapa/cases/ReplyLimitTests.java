package se.medskapa.cases;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * F6: replies through a tracking link are bounded in length (10,000 characters) and in
 * number (10 per case and hour), and staff get one mail per case and quarter of an hour
 * however many replies come.
 */
@Tag("persistence")
class ReplyLimitTests extends IntegrationTest {

	@Autowired
	CaseIntake intake;

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
	MockMvc mvc;

	@Test
	void shouldRefuseAReplyOverTenThousandCharactersAndStoreNothing() throws Exception {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		SubmittedCase submitted = submit(town);

		reply(town, submitted, "a".repeat(10_001)).andExpect(flash().attribute("replyError", "case.error.textTooLong"))
			.andExpect(flash().attribute("reply", "a".repeat(10_000)));
		reply(town, submitted, "b".repeat(10_000)).andExpect(flash().attribute("flash", "flash.case.replySent"));

		assertThat(replies(submitted)).isOne();
	}

	@Test
	void shouldTakeTenRepliesAnHourAndMailStaffOnce() throws Exception {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		TestStaff coach = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		SubmittedCase submitted = submit(town);
		TestMailServer.awaitMailTo(coach.email(), TestMailServer.Mark.START, "about the new case",
				mail -> TestMailServer.subjectOf(mail).contains(submitted.reference()));
		TestMailServer.Mark before = TestMailServer.mark();

		for (int i = 1; i <= 10; i++) {
			reply(town, submitted, "Svar nummer " + i).andExpect(flash().attribute("flash", "flash.case.replySent"));
		}
		reply(town, submitted, "Svar nummer 11")
			.andExpect(flash().attribute("replyError", "case.error.tooManyReplies"));

		assertThat(replies(submitted)).isEqualTo(10);
		TestMailServer.awaitMailWithSubject(coach.email(), before,
				"Invånaren har svarat i ärende " + submitted.reference());
	}

	private ResultActions reply(TestMunicipality town, SubmittedCase submitted, String message) throws Exception {
		return mvc.perform(post(town.path("/track/" + submitted.trackingToken() + "/reply")).param("message", message)
			.with(csrf()));
	}

	private SubmittedCase submit(TestMunicipality town) {
		return intake.submit(town.municipality(), new CaseSubmission(CaseKind.IDEA, "Fler papperskorgar",
				"Vid badplatsen saknas papperskorgar.", null, null, null, null, false, "sv", null, null, false));
	}

	private long replies(SubmittedCase submitted) {
		return jdbc.sql("select count(*) from case_event where case_id = ? and type = 'RESIDENT_REPLY'")
			.param(submitted.id())
			.query(Long.class)
			.single();
	}

}
