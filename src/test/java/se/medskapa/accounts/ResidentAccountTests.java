package se.medskapa.accounts;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.medskapa.accounts.events.ResidentAccountDeleted;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.MockMvcSessions;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "My account": profile, export of one's own data, deletion; and the wall between
 * residents and staff.
 */
@Tag("persistence")
@RecordApplicationEvents
class ResidentAccountTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Residents residents;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void shouldSaveNameAndLanguage() throws Exception {
		ResidentPrincipal resident = newResident();
		MockHttpSession session = AccountSteps.residentSession(resident);

		mvc.perform(post("/account").session(session)
			.param("displayName", "  Kim Åberg ")
			.param("preferredLanguage", "en")
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account"))
			.andExpect(cookie().value("medskapa-lang", "en"));

		ResidentProfile profile = residents.profile(resident.id()).orElseThrow();
		assertThat(profile.displayName()).isEqualTo("Kim Åberg");
		assertThat(profile.preferredLanguage()).isEqualTo("en");
		MvcResult page = mvc.perform(get("/account").session(session)).andExpect(status().isOk()).andReturn();
		assertThat(AccountSteps.html(page).select("input#displayName").attr("value")).isEqualTo("Kim Åberg");
		assertThat(AccountSteps.html(page).select("input#language-en").hasAttr("checked")).isTrue();
	}

	@Test
	void shouldRejectALanguageWeDoNotOffer() throws Exception {
		ResidentPrincipal resident = newResident();

		mvc.perform(post("/account").session(AccountSteps.residentSession(resident))
			.param("displayName", "Kim")
			.param("preferredLanguage", "xx")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "preferredLanguage"));

		assertThat(residents.profile(resident.id()).orElseThrow().preferredLanguage()).isEqualTo("sv");
	}

	@Test
	void shouldExportOwnDataAsAJsonAttachment() throws Exception {
		ResidentPrincipal resident = newResident();
		residents.updateProfile(resident.id(), "Kim", "sv");

		mvc.perform(get("/account/export").session(AccountSteps.residentSession(resident)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/json")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(jsonPath("$.account.id").value(resident.id()))
			.andExpect(jsonPath("$.account.email").value(resident.email()))
			.andExpect(jsonPath("$.account.displayName").value("Kim"))
			.andExpect(jsonPath("$.account.preferredLanguage").value("sv"))
			.andExpect(jsonPath("$.account.createdAt").exists());
	}

	@Test
	void shouldAnonymiseTheAccountAndSignOutOnDelete() throws Exception {
		ResidentPrincipal resident = newResident();
		residents.updateProfile(resident.id(), "Kim", "sv");
		MockHttpSession session = AccountSteps.residentSession(resident);
		mvc.perform(get("/account/delete").session(session)).andExpect(status().isOk());
		String signedIn = MockMvcSessions.storedId(session);

		mvc.perform(post("/account/delete").session(session).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));

		Map<String, Object> row = jdbc.sql("select email, display_name, deleted_at from resident_account where id = ?")
			.param(resident.id())
			.query()
			.singleRow();
		assertThat(row.get("email")).isNull();
		assertThat(row.get("display_name")).isNull();
		assertThat(row.get("deleted_at")).isNotNull();
		assertThat(events.stream(ResidentAccountDeleted.class))
			.containsExactly(new ResidentAccountDeleted(resident.id()));
		// The signed-in session is gone; the one after it only carries the flash message.
		assertThat(MockMvcSessions.storedId(session)).isNotEqualTo(signedIn);
		assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?")
			.param(signedIn)
			.query(Integer.class)
			.single()).isZero();
		mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login"));
		// The address is free again: signing in with it starts a new, empty account.
		assertThat(((ResidentPrincipal) residents.loadUserByUsername(resident.email())).id())
			.isNotEqualTo(resident.id());
	}

	@Test
	void shouldSignOutOtherSessionsOfADeletedAccount() throws Exception {
		ResidentPrincipal resident = newResident();
		MockHttpSession phone = AccountSteps.residentSession(resident);
		MockHttpSession laptop = AccountSteps.residentSession(resident);

		mvc.perform(post("/account/delete").session(phone).with(csrf())).andExpect(redirectedUrl("/"));

		mvc.perform(get("/account").session(laptop)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/account/export").session(AccountSteps.residentSession(resident)))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void shouldSendAnonymousVisitorsOfMyAccountToTheResidentLogin() throws Exception {
		mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/account/export")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void shouldKeepResidentsOutOfStaffAndAdminPages() throws Exception {
		MockHttpSession session = AccountSteps.residentSession(newResident());
		for (String page : List.of("/staff", "/staff/login/second-factor", "/boras/admin", "/boras/admin/staff",
				"/boras/admin/staff/new", "/operator/sent-mail", "/operator/accessibility-reports")) {
			mvc.perform(get(page).session(session)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/boras/admin/departments").session(session).param("name", "Resident department").with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldKeepStaffOutOfTheResidentAccount() throws Exception {
		TestStaff admin = TestStaff.create(directory, users, municipalities.requireBySlug("boras").id(),
				Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of());
		mvc.perform(get("/account").with(admin.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/account/export").with(admin.signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/account/delete").with(admin.signedIn()).with(csrf())).andExpect(status().isForbidden());
	}

	private ResidentPrincipal newResident() {
		return (ResidentPrincipal) residents.loadUserByUsername(AccountSteps.uniqueEmail("resident"));
	}

}
