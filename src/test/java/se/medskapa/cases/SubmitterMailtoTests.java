package se.medskapa.cases;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * F15: the submitter's address on the staff case page is one address in the
 * {@code mailto:} link, whatever it contains: no {@code ?cc=} or {@code &body=} reaches
 * the handler's mail program.
 */
@Tag("persistence")
class SubmitterMailtoTests extends IntegrationTest {

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
	MockMvc mvc;

	@Test
	void shouldKeepAHostileAddressOneAddressInTheMailtoLink() throws Exception {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		TestStaff coach = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		String hostile = "x?cc=attacker%40evil.example&body=klicka#z=@example.se";
		SubmittedCase submitted = intake.submit(town.municipality(), new CaseSubmission(CaseKind.IDEA, "Gatlyktor",
				"Lyktorna är släckta.", null, null, null, hostile, false, "sv", null, null, false));

		String html = mvc.perform(get(town.path("/staff/cases/" + submitted.reference())).with(coach.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Element link = Jsoup.parse(html).selectFirst("a[href^=mailto:]");
		assertThat(link).isNotNull();
		String href = link.attr("href");
		assertThat(href).doesNotContain("?").doesNotContain("#").doesNotContain("%40evil");
		assertThat(href).isEqualTo("mailto:x%3Fcc=attacker%2540evil.example&body=klicka%23z=@example.se");
		assertThat(link.text()).isEqualTo(hostile);
	}

}
