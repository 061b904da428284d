package se.medskapa.challenges;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A staff member submits a solution through the challenge's form (recorded as submitted
 * by staff, name and address filled in), and the coach's route form on the solution's
 * case starts at the challenge's unit.
 */
@Tag("persistence")
class ChallengeSolutionIntakeTests extends IntegrationTest {

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
	ChallengeAdministration administration;

	@Autowired
	JdbcClient jdbc;

	TestMunicipality town;

	TestStaff lead;

	TestStaff coach;

	long challengeId;

	@BeforeEach
	void publishAChallenge() {
		town = TestMunicipality.register(municipalities, organisation);
		lead = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.UNIT_LEAD), List.of(town.library().id()));
		coach = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		challengeId = administration.create(users.reload(lead.id()).orElseThrow(), town.id(),
				new ChallengeDraft(town.library().id(), "Fler unga på biblioteket", "Få unga kommer.", "Unga 13–19",
						"Fler kommer tillbaka", "En lokal att testa i.", LocalDate.now().plusDays(30), "Enhetschefen",
						null));
		administration.publish(users.reload(lead.id()).orElseThrow(), town.id(), challengeId);
	}

	@Test
	void shouldLetStaffSubmitASolutionAndRouteItToTheChallengesUnitByDefault() throws Exception {
		mvc.perform(get(town.path("/challenges/" + challengeId + "/solutions/new")).with(coach.signedIn()))
			.andExpect(content().string(containsString("value=\"" + coach.email() + "\"")));
		mvc.perform(post(town.path("/challenges/" + challengeId + "/solutions")).param("title", "Läxhjälp på kvällen")
			.param("description", "Två kvällar i veckan.")
			.param("email", coach.email())
			.param("publishPermission", "true")
			.with(coach.signedIn())
			.with(csrf())).andExpect(redirectedUrl(town.path("/cases/receipt")));
		String reference = jdbc.sql("select reference from challenge_solution where challenge_id = ?")
			.param(challengeId)
			.query(String.class)
			.single();
		assertThat(jdbc.sql("select submitted_by_staff from cases where reference = ? and municipality_id = ?")
			.params(reference, town.id())
			.query(Long.class)
			.single()).isEqualTo(coach.id());

		mvc.perform(get(town.path("/staff/cases/" + reference)).with(coach.signedIn()))
			.andExpect(content().string(matchesPattern("(?s).*<option value=\"" + town.library().id()
					+ "\" selected=\"selected\">[^<]*Stadsbiblioteket.*")));
	}

}
