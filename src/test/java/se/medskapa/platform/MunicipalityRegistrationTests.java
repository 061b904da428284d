package se.medskapa.platform;

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
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
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
 * The platform operator adds a municipality and its first administrator is invited by
 * e-mail.
 */
@Tag("persistence")
class MunicipalityRegistrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	@Autowired
	CaseIntake intake;

	@Test
	void shouldRegisterMunicipalityAndInviteItsFirstAdmin() throws Exception {
		TestStaff operator = TestStaff.create(directory, users, null, Set.of(StaffRole.PLATFORM_OPERATOR), List.of());
		String slug = "ostersund-" + Long.toString(System.nanoTime(), 36);
		String adminEmail = "admin-" + UUID.randomUUID() + "@ostersund.example";

		mvc.perform(post("/operator/municipalities").param("slug", slug)
			.param("name", "Östersunds kommun")
			.param("contactEmail", "kommunen@ostersund.example")
			.param("website", "https://www.ostersund.se")
			.param("adminName", "Sofia Jämt")
			.param("adminEmail", adminEmail)
			.with(operator.signedIn())
			.with(csrf())).andExpect(redirectedUrl("/operator/municipalities"));

		Municipality registered = municipalities.requireBySlug(slug);
		assertThat(registered.name()).isEqualTo("Östersunds kommun");
		assertThat(directory.staffOf(registered.id())).singleElement().satisfies(admin -> {
			assertThat(admin.email()).isEqualTo(adminEmail);
			assertThat(admin.roles()).containsExactly(StaffRole.MUNICIPALITY_ADMIN);
			assertThat(admin.invitationPending()).isTrue();
		});
		MimeMessage invitation = TestMailServer.awaitOneMailTo(adminEmail);
		assertThat(TestMailServer.linkIn(invitation, "/staff/invitation")).contains("token=");
		mvc.perform(get("/" + slug)).andExpect(status().isOk());
	}

	@Test
	void shouldTakeCasesRightAfterRegistration() {
		String slug = "kiruna-" + Long.toString(System.nanoTime(), 36);
		Municipality registered = municipalities.register(slug, "Kiruna kommun", "kommunen@kiruna.example", null, null,
				null);

		SubmittedCase submitted = intake.submit(registered,
				new CaseSubmission(CaseKind.IDEA, "Belysta skidspår", "Spåren behöver ljus på vintern.", null, null,
						"Nils", "nils-" + UUID.randomUUID() + "@example.se", false, "sv", null, null, false));

		assertThat(submitted.reference()).matches("KIR-\\d{4}-00001");
	}

	@Test
	void shouldRejectTakenAndReservedSlugsKeepingTheForm() throws Exception {
		TestStaff operator = TestStaff.create(directory, users, null, Set.of(StaffRole.PLATFORM_OPERATOR), List.of());
		for (String slug : new String[] { "boras", "login" }) {
			mvc.perform(post("/operator/municipalities").param("slug", slug)
				.param("name", "Dubblett")
				.param("adminName", "Ada")
				.param("adminEmail", "ada-" + UUID.randomUUID() + "@example.se")
				.with(operator.signedIn())
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Kortnamnet används redan.")))
				.andExpect(content().string(containsString("value=\"Dubblett\"")));
		}
		assertThat(municipalities.all()).noneMatch(m -> m.name().equals("Dubblett"));
	}

	@Test
	void shouldLetOnlyTheOperatorRegisterMunicipalities() throws Exception {
		TestStaff admin = TestStaff.create(directory, users, municipalities.requireBySlug("boras").id(),
				Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of());
		mvc.perform(get("/operator/municipalities").with(admin.signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/operator/municipalities").param("slug", "smuggel")
			.param("name", "Smuggel")
			.param("adminName", "X")
			.param("adminEmail", "x@example.se")
			.with(admin.signedIn())
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(municipalities.findBySlug("smuggel")).isEmpty();
	}

}
