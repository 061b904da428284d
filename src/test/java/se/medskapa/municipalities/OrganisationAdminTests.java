package se.medskapa.municipalities;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A municipality admin manages departments, units and categories; bad input keeps what
 * was typed.
 */
@Tag("persistence")
class OrganisationAdminTests extends IntegrationTest {

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

	Municipality pitea;

	TestStaff admin;

	@BeforeEach
	void signInAdmin() {
		pitea = municipalities.requireBySlug("pitea");
		admin = TestStaff.create(directory, users, pitea.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of());
	}

	@Test
	void shouldCreateDepartmentUnitAndCategory() throws Exception {
		String suffix = String.valueOf(System.nanoTime());
		mvc.perform(post("/pitea/admin/departments").param("name", "Näringslivsförvaltningen " + suffix)
			.with(admin.signedIn())
			.with(csrf()))
			.andExpect(redirectedUrl("/pitea/admin"))
			.andExpect(flash().attribute("flash", "flash.saved"));
		Department department = organisation.departments(pitea.id())
			.stream()
			.filter(d -> d.name().equals("Näringslivsförvaltningen " + suffix))
			.findFirst()
			.orElseThrow();

		mvc.perform(post("/pitea/admin/units").param("departmentId", String.valueOf(department.id()))
			.param("name", "Företagslots " + suffix)
			.param("email", "foretagslots@pitea.se")
			.with(admin.signedIn())
			.with(csrf())).andExpect(redirectedUrl("/pitea/admin"));
		assertThat(organisation.units(pitea.id())).anyMatch(u -> u.name().equals("Företagslots " + suffix)
				&& u.departmentId() == department.id() && "foretagslots@pitea.se".equals(u.email()));

		mvc.perform(post("/pitea/admin/categories").param("name", "Näringsliv " + suffix)
			.param("description", "")
			.with(admin.signedIn())
			.with(csrf())).andExpect(redirectedUrl("/pitea/admin"));
		assertThat(organisation.categories(pitea.id()))
			.anyMatch(c -> c.name().equals("Näringsliv " + suffix) && c.description() == null);

		mvc.perform(get("/pitea/admin").with(admin.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Företagslots " + suffix)));
	}

	@Test
	void shouldShowTranslatedErrorsAndKeepWhatWasTyped() throws Exception {
		mvc.perform(post("/pitea/admin/units").param("departmentId", "")
			.param("name", "Min enhet")
			.param("email", "inte-en-adress")
			.with(admin.signedIn())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Det finns fel i formuläret")))
			.andExpect(content().string(containsString("Välj ett alternativ.")))
			.andExpect(content().string(containsString("Skriv en giltig e-postadress")))
			.andExpect(content().string(containsString("value=\"Min enhet\"")))
			.andExpect(content().string(containsString("value=\"inte-en-adress\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void shouldRejectDuplicateNamesAsFieldError() throws Exception {
		String existing = organisation.categories(pitea.id()).get(0).name();
		mvc.perform(post("/pitea/admin/categories").param("name", existing).with(admin.signedIn()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Namnet används redan i kommunen.")));
	}

	@Test
	void shouldRenameDepartment() throws Exception {
		Department department = organisation.createDepartment(pitea.id(), "Gammalt namn " + System.nanoTime());
		mvc.perform(get("/pitea/admin/departments/" + department.id() + "/edit").with(admin.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(department.name())));
		mvc.perform(post("/pitea/admin/departments/" + department.id()).param("name", department.name() + " (nytt)")
			.with(admin.signedIn())
			.with(csrf())).andExpect(redirectedUrl("/pitea/admin"));
		assertThat(organisation.department(pitea.id(), department.id()).name())
			.isEqualTo(department.name() + " (nytt)");
	}

	@Test
	void shouldNotFindAnotherMunicipalitysRowsThroughOwnPath() throws Exception {
		Municipality umea = municipalities.requireBySlug("umea");
		long umeaUnit = organisation.units(umea.id()).get(0).id();
		long umeaCategory = organisation.categories(umea.id()).get(0).id();
		long umeaDepartment = organisation.departments(umea.id()).get(0).id();

		mvc.perform(get("/pitea/admin/units/" + umeaUnit + "/edit").with(admin.signedIn()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/pitea/admin/categories/" + umeaCategory).param("name", "Kapad")
			.with(admin.signedIn())
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/pitea/admin/units").param("departmentId", String.valueOf(umeaDepartment))
			.param("name", "Smuggelenhet")
			.with(admin.signedIn())
			.with(csrf())).andExpect(status().isNotFound());

		assertThat(organisation.category(umea.id(), umeaCategory).name()).isNotEqualTo("Kapad");
		assertThat(organisation.units(pitea.id())).noneMatch(u -> u.name().equals("Smuggelenhet"));
		assertThat(organisation.units(umea.id())).noneMatch(u -> u.name().equals("Smuggelenhet"));
	}

}
