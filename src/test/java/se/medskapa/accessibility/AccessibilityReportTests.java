package se.medskapa.accessibility;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The accessibility statement's report form: stored, confirmed by mail, listed for the
 * operator only.
 */
@Tag("persistence")
class AccessibilityReportTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	@Test
	void shouldStoreReportSendReceiptAndListItForTheOperator() throws Exception {
		String email = "reporter-" + UUID.randomUUID() + "@example.se";
		String problem = "Knappen Skicka går inte att nå med tangentbordet " + UUID.randomUUID();
		mvc.perform(post("/accessibility/report").param("pageAddress", "/boras")
			.param("description", problem)
			.param("name", "Eva Ek")
			.param("email", email)
			.with(csrf())).andExpect(redirectedUrl("/accessibility"));

		MimeMessage receipt = TestMailServer.awaitOneMailTo(email);
		assertThat(receipt.getSubject()).isEqualTo("Vi har tagit emot din rapport om tillgänglighet");
		// F5: the address is unproven, so the mail carries the report number only, never
		// the text someone typed (the platform's sender is no relay for a stranger's
		// text).
		assertThat(TestMailServer.body(receipt)).doesNotContain(problem)
			.doesNotContain("Knappen")
			.containsPattern("nummer \\d+");

		TestStaff operator = TestStaff.create(directory, users, null, Set.of(StaffRole.PLATFORM_OPERATOR), List.of());
		mvc.perform(get("/operator/accessibility-reports").with(operator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(problem)));
		mvc.perform(get("/operator/sent-mail").with(operator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("Levererad via SMTP")));
	}

	@Test
	void shouldKeepTypedTextWhenDescriptionIsMissing() throws Exception {
		mvc.perform(post("/accessibility/report").param("pageAddress", "/umea/sida")
			.param("description", " ")
			.param("email", "fel-adress")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Det finns fel i formuläret")))
			.andExpect(content().string(containsString("value=\"/umea/sida\"")))
			.andExpect(content().string(containsString("value=\"fel-adress\"")));
	}

	@Test
	void shouldShowReportsAndSentMailToNoOneButTheOperator() throws Exception {
		long boras = municipalities.requireBySlug("boras").id();
		TestStaff admin = TestStaff.create(directory, users, boras, Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of());
		mvc.perform(get("/operator/accessibility-reports").with(admin.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/operator/sent-mail").with(admin.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/operator/sent-mail")).andExpect(status().is3xxRedirection());
	}

}
