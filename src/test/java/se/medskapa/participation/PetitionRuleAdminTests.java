package se.medskapa.participation;

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
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin page of the e-petition rule: on with a threshold, days and unit, off again, a
 * wrong number shown at its field with what was typed, and closed to everyone but the
 * municipality's own admins. The demo has a rule, a proposal one support short and one
 * qualified.
 */
@Tag("persistence")
class PetitionRuleAdminTests extends IntegrationTest {

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
	Petitions petitions;

	@Autowired
	JdbcClient jdbc;

	TestMunicipality town;

	TestStaff admin;

	@BeforeEach
	void registerATown() {
		town = TestMunicipality.register(municipalities, organisation);
		admin = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of());
	}

	@Test
	void shouldSwitchThePetitionRuleOnAndOff() throws Exception {
		mvc.perform(get(town.path("/admin/e-petitions")).with(admin.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("E-förslag i")));
		mvc.perform(post(town.path("/admin/e-petitions")).param("enabled", "true")
			.param("threshold", "25")
			.param("periodDays", "180")
			.param("unitId", String.valueOf(town.library().id()))
			.with(admin.signedIn())
			.with(csrf())).andExpect(redirectedUrl(town.path("/admin/e-petitions")));
		assertThat(petitions.rule(town.id())).contains(new PetitionRule(25, 180, town.library().id()));
		mvc.perform(get(town.path("/admin/e-petitions")).with(admin.signedIn()))
			.andExpect(content().string(containsString("value=\"25\"")))
			.andExpect(content().string(containsString("value=\"180\"")));

		mvc.perform(post(town.path("/admin/e-petitions")).param("threshold", "25")
			.param("periodDays", "180")
			.with(admin.signedIn())
			.with(csrf())).andExpect(redirectedUrl(town.path("/admin/e-petitions")));
		assertThat(petitions.rule(town.id())).isEmpty();
	}

	@Test
	void shouldShowAWrongNumberAtItsFieldAndKeepWhatWasTyped() throws Exception {
		mvc.perform(post(town.path("/admin/e-petitions")).param("enabled", "true")
			.param("threshold", "0")
			.param("periodDays", "45")
			.with(admin.signedIn())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "threshold"))
			.andExpect(content().string(containsString("value=\"45\"")))
			.andExpect(content().string(containsString("Antalet stöd ska vara mellan 1 och 100000")));
		assertThat(petitions.rule(town.id())).isEmpty();
	}

	@Test
	void shouldRefuseAUnitOfAnotherMunicipality() throws Exception {
		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		mvc.perform(post(town.path("/admin/e-petitions")).param("enabled", "true")
			.param("threshold", "50")
			.param("periodDays", "60")
			.param("unitId", String.valueOf(other.library().id()))
			.with(admin.signedIn())
			.with(csrf())).andExpect(model().attributeHasFieldErrors("form", "unitId"));
		assertThat(petitions.rule(town.id())).isEmpty();
	}

	@Test
	void shouldOpenOnlyToTheMunicipalitysOwnAdmins() throws Exception {
		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		TestStaff foreignAdmin = TestStaff.create(directory, users, other.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of());
		TestStaff coach = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		for (TestStaff outsider : List.of(foreignAdmin, coach)) {
			mvc.perform(get(town.path("/admin/e-petitions")).with(outsider.signedIn()))
				.andExpect(status().isForbidden());
			mvc.perform(post(town.path("/admin/e-petitions")).param("enabled", "true")
				.param("threshold", "1")
				.param("periodDays", "1")
				.with(outsider.signedIn())
				.with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(petitions.rule(town.id())).isEmpty();
	}

	@Test
	void shouldGiveTheDemoARuleAProposalOneShortAndOneQualified() {
		Municipality boras = municipalities.requireBySlug("boras");
		assertThat(petitions.rule(boras.id())).hasValueSatisfying(rule -> assertThat(rule.threshold()).isEqualTo(5));
		List<Petition> demo = jdbc.sql("select item_id from participation_petition where municipality_id = ?")
			.param(boras.id())
			.query(Long.class)
			.list()
			.stream()
			.map(id -> petitions.of(boras.id(), ItemKind.CASE, id).orElseThrow())
			.toList();
		assertThat(demo).extracting(Petition::supports).containsExactlyInAnyOrder(4, 5);
		assertThat(demo).filteredOn(Petition::qualified).hasSize(1);
	}

}
