package se.medskapa.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
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
import se.medskapa.shared.WorkingDays;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.medskapa.support.TestResidents.signedIn;

/**
 * Signed-in residents: "My cases", following published cases, and the municipality's
 * handling settings.
 */
@Tag("persistence")
class ResidentCasesTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResidentCases residentCases;

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

	@Test
	void shouldTellASignedInResidentOnTheFormWhoTheyAreInsteadOfThatTheyMayBeAnonymous() throws Exception {
		ResidentPrincipal me = TestResidents.create(residents);
		mvc.perform(get("/boras/cases/new").with(signedIn(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Du är inloggad som " + me.email() + ".")))
			.andExpect(content().string(not(containsString("Du kan vara anonym."))));
		mvc.perform(get("/boras/cases/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Du kan vara anonym.")))
			.andExpect(content().string(not(containsString("Du är inloggad som"))));
	}

	@Test
	void shouldListMyCasesAndLetMeReplyWithoutTheTrackingLink() throws Exception {
		ResidentPrincipal me = TestResidents.create(residents);
		Municipality boras = municipalities.requireBySlug("boras");
		mvc.perform(post("/boras/cases").param("kind", "IDEA")
			.param("title", "Boule-bana i parken")
			.param("confirmedNotDuplicate", "true")
			.param("description", "En bana nära lekplatsen.")
			.with(signedIn(me))
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.9.1.1");
				return request;
			})).andExpect(status().is3xxRedirection());
		String reference = jdbc
			.sql("select reference from cases where municipality_id = ? and resident_id = ? "
					+ "order by id desc limit 1")
			.params(boras.id(), me.id())
			.query(String.class)
			.single();

		mvc.perform(get("/account/cases").with(signedIn(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("Borås Stad")));
		mvc.perform(get("/boras/my-cases/" + reference).with(signedIn(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Boule-bana i parken")));
		mvc.perform(post("/boras/my-cases/" + reference + "/reply").param("message", "Gärna med belysning.")
			.with(signedIn(me))
			.with(csrf())).andExpect(flash().attribute("flash", "flash.case.replySent"));

		ResidentPrincipal someoneElse = TestResidents.create(residents);
		mvc.perform(get("/boras/my-cases/" + reference).with(signedIn(someoneElse))).andExpect(status().isNotFound());
		mvc.perform(get("/account/cases").with(signedIn(someoneElse)))
			.andExpect(content().string(not(containsString(reference))));
		mvc.perform(get("/boras/my-cases/" + reference)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void shouldLeadFromMyAccountBackToTheMunicipalitiesOfMyCasesOnly() throws Exception {
		ResidentPrincipal me = TestResidents.create(residents);
		mvc.perform(get("/account").with(signedIn(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Till alla kommuner i Medskapa")))
			.andExpect(content().string(not(containsString("href=\"/boras\""))));
		mvc.perform(post("/boras/cases").param("kind", "IDEA")
			.param("title", "Bänkar vid ån")
			.param("confirmedNotDuplicate", "true")
			.param("description", "Fler bänkar längs promenaden.")
			.with(signedIn(me))
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.9.1.2");
				return request;
			})).andExpect(status().is3xxRedirection());

		mvc.perform(get("/account").with(signedIn(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/boras\"")))
			.andExpect(content().string(containsString("Till Borås Stad")))
			.andExpect(content().string(not(containsString("href=\"/pitea\""))));
		ResidentPrincipal someoneElse = TestResidents.create(residents);
		mvc.perform(get("/account").with(signedIn(someoneElse)))
			.andExpect(content().string(not(containsString("Till Borås Stad"))));
	}

	@Test
	void shouldTellFollowersOfAPublishedCaseAndMoveThemWhenMerged() throws Exception {
		Municipality pitea = municipalities.requireBySlug("pitea");
		long unit = organisation.units(pitea.id()).get(0).id();
		StaffPrincipal coach = principal(
				TestStaff.create(directory, users, pitea.id(), Set.of(StaffRole.IDEA_COACH), List.of()));
		StaffPrincipal handler = principal(
				TestStaff.create(directory, users, pitea.id(), Set.of(StaffRole.HANDLER), List.of(unit)));
		SubmittedCase original = intake.submit(pitea, submission(true));
		SubmittedCase duplicate = intake.submit(pitea, submission(true));
		handling.routeCase(coach, pitea.id(), original.reference(), unit, null,
				new PublicVersion("Badplats", "Fler badplatser."));
		handling.routeCase(coach, pitea.id(), duplicate.reference(), unit, null,
				new PublicVersion("Badplats 2", "Samma sak."));

		ResidentPrincipal follower = TestResidents.create(residents);
		mvc.perform(post("/pitea/cases/" + duplicate.reference() + "/follow").with(signedIn(follower)).with(csrf()))
			.andExpect(flash().attribute("flash", "flash.case.following"));
		handling.mergeCase(coach, pitea.id(), duplicate.reference(), original.reference(),
				"Samma som " + original.reference());

		handling.takeCase(handler, pitea.id(), original.reference());
		handling.changeCaseStatus(handler, pitea.id(), original.reference(), CaseStatus.PLANNED, "Vi bygger en brygga.",
				null);
		await().untilAsserted(
				() -> assertThat(TestMailServer.mailsTo(follower.email())).extracting(MimeMessage::getSubject)
					.contains("Nytt i ärendet du följer: " + original.reference()));

		// Unpublished cases cannot be followed.
		SubmittedCase hidden = intake.submit(pitea, submission(false));
		mvc.perform(post("/pitea/cases/" + hidden.reference() + "/follow").with(signedIn(follower)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	/**
	 * UX finding 8: following as a visitor goes through a sign-in that says why and comes
	 * back to the case; followed cases are in "Mina ärenden" and in the data export.
	 */
	@Test
	void shouldJoinUpFollowSignInAndMyCases() throws Exception {
		Municipality pitea = municipalities.requireBySlug("pitea");
		long unit = organisation.units(pitea.id()).get(0).id();
		StaffPrincipal coach = principal(
				TestStaff.create(directory, users, pitea.id(), Set.of(StaffRole.IDEA_COACH), List.of()));
		SubmittedCase published = intake.submit(pitea, submission(true));
		handling.routeCase(coach, pitea.id(), published.reference(), unit, null,
				new PublicVersion("Brygga vid badplatsen", "En brygga behövs."));
		String followPath = "/pitea/cases/" + published.reference() + "/follow";

		// A visitor is offered to sign in for it, and the sign-in page says why.
		mvc.perform(get("/pitea/cases/" + published.reference()))
			.andExpect(content().string(containsString(followPath)))
			.andExpect(content().string(containsString("Logga in för att följa ärendet")));
		MockHttpSession visitor = new MockHttpSession();
		mvc.perform(get(followPath).session(visitor)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login").session(visitor))
			.andExpect(content().string(containsString("Logga in för att följa ärende " + published.reference())));

		// Signed in, the same address leads back to the case's follow button.
		ResidentPrincipal me = TestResidents.create(residents);
		mvc.perform(get(followPath).with(signedIn(me)))
			.andExpect(redirectedUrl("/pitea/cases/" + published.reference() + "#follow"))
			.andExpect(flash().attribute("flash", "flash.case.signedInToFollow"));
		assertThat(residentCases.isFollowing(pitea.id(), published.reference(), me.id()))
			.as("opening a link follows nothing")
			.isFalse();
		mvc.perform(post(followPath).with(signedIn(me)).with(csrf()))
			.andExpect(flash().attribute("flash", "flash.case.following"));

		mvc.perform(get("/account/cases").with(signedIn(me)))
			.andExpect(content().string(containsString("Ärenden du följer")))
			.andExpect(content().string(containsString("/pitea/cases/" + published.reference())))
			.andExpect(content().string(containsString("Brygga vid badplatsen")));
		mvc.perform(get("/account/export").with(signedIn(me)))
			.andExpect(jsonPath("$.followedCases[0].reference").value(published.reference()))
			.andExpect(jsonPath("$.followedCases[0].title").value("Brygga vid badplatsen"));
		// Another resident's "Mina ärenden" does not show it.
		ResidentPrincipal other = TestResidents.create(residents);
		mvc.perform(get("/account/cases").with(signedIn(other)))
			.andExpect(content().string(not(containsString("/pitea/cases/" + published.reference()))));
	}

	@Test
	void shouldLetTheAdminSetDeadlinesForNewCases() throws Exception {
		Municipality umea = municipalities.requireBySlug("umea");
		TestStaff admin = TestStaff.create(directory, users, umea.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of());
		// Umeå is shared by every test: its defaults are put back whatever happens here.
		try {
			mvc.perform(post("/umea/admin/case-settings").param("acknowledgeDays", "5")
				.param("answerDays", "3")
				.with(admin.signedIn())
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Svarstiden kan inte vara kortare")));
			mvc.perform(post("/umea/admin/case-settings").param("acknowledgeDays", "x")
				.param("answerDays", "20")
				.with(admin.signedIn())
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Skriv ett heltal")));
			mvc.perform(post("/umea/admin/case-settings").param("acknowledgeDays", "3")
				.param("answerDays", "20")
				.param("showStaffNames", "true")
				.with(admin.signedIn())
				.with(csrf())).andExpect(redirectedUrl("/umea/admin/case-settings"));
			SubmittedCase submitted = intake.submit(umea, submission(false));
			StaffCaseDetail detail = views.detail(umea.id(), submitted.reference()).orElseThrow();
			assertThat(workingDays.workingDaysBetween(LocalDate.ofInstant(detail.submittedAt(), WorkingDays.SWEDEN),
					detail.answerDue()))
				.isEqualTo(20);
		}
		finally {
			mvc.perform(post("/umea/admin/case-settings").param("acknowledgeDays", "2")
				.param("answerDays", "10")
				.param("showStaffNames", "true")
				.with(admin.signedIn())
				.with(csrf())).andExpect(redirectedUrl("/umea/admin/case-settings"));
		}
	}

	@Autowired
	StaffCaseViews views;

	@Autowired
	WorkingDays workingDays;

	private StaffPrincipal principal(TestStaff staff) {
		return users.reload(staff.id()).orElseThrow();
	}

	private static CaseSubmission submission(boolean publishable) {
		return new CaseSubmission(CaseKind.IDEA, "Fler badplatser", "Vid Pite havsbad behövs fler platser.", null, null,
				null, null, publishable, "sv", null, null, false);
	}

	@Autowired
	JdbcClient jdbc;

}
