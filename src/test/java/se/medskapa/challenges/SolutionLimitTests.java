package se.medskapa.challenges;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The solution form is limited per client address (robots that fill in the honeypot are
 * counted too), and a refusal comes back as the form with what was written and a
 * translated error.
 */
@Tag("persistence")
class SolutionLimitTests extends IntegrationTest {

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

	@Test
	void shouldRefuseTheEleventhSolutionFromOneAddressWithinTheHourAndKeepWhatWasWritten() throws Exception {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		StaffPrincipal lead = users
			.reload(TestStaff
				.create(directory, users, town.id(), Set.of(StaffRole.UNIT_LEAD), List.of(town.streets().id()))
				.id())
			.orElseThrow();
		long id = administration.create(lead, town.id(),
				new ChallengeDraft(town.streets().id(), "Tryggare skolväg", "Mörkt och halt.", "Skolbarn.",
						"Fler går\nKostar lite", "En pilot.", LocalDate.now().plusDays(30), "Leo", "leo@example.se"));
		administration.publish(lead, town.id(), id);
		String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		String path = town.path("/challenges/" + id + "/solutions");
		for (int i = 0; i < 10; i++) {
			mvc.perform(solution(path, address).param("website", "http://spam.example"))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(solution(path, address))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Många lösningar har skickats från din adress")))
			.andExpect(content().string(containsString("Vandrande skolbuss")));
	}

	private static MockHttpServletRequestBuilder solution(String path, String address) {
		return post(path).param("title", "Vandrande skolbuss")
			.param("description", "Vuxna går med barnen.")
			.param("email", "losning-" + UUID.randomUUID() + "@example.se")
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.with(csrf());
	}

}
