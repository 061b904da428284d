package se.medskapa.shared;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shared form fields of fragments/forms.html, each rendered through a page that uses
 * it, after a refused submission: the error stands at its field, aria-describedby names
 * ids on the page, and what was typed or chosen is kept.
 */
class FormFragmentTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Municipalities municipalities;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	TestStaff admin;

	@BeforeEach
	void signInAdmin() {
		Municipality pitea = municipalities.requireBySlug("pitea");
		admin = TestStaff.create(directory, users, pitea.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of());
	}

	@Test
	void shouldShowTheRadiosErrorAndKeepTheChosenCategoryTheTypedTextAndTheTickedBox() throws Exception {
		long category = jdbc
			.sql("select c.id from category c join municipality m on m.id = c.municipality_id "
					+ "where m.slug = 'umea' order by c.id limit 1")
			.query(Long.class)
			.single();
		Document page = render(post("/umea/cases").param("title", "")
			.param("description", "Lyktan blinkar vid skolan.")
			.param("categoryId", String.valueOf(category))
			.param("publishPermission", "true")
			.with(remoteAddress()));

		Element kind = page.selectFirst("fieldset:has(input[name=kind])");
		assertThat(kind.hasClass("field-error")).isTrue();
		assertThat(kind.attr("aria-describedby")).isEqualTo("kind-error");
		assertThat(page.select("#kind-error").text()).isNotBlank();
		assertThat(page.select("input#kind[type=radio]")).hasSize(1);
		assertThat(page.select("input[name=kind][checked]")).isEmpty();

		Element description = page.selectFirst("textarea#description");
		assertThat(description.text()).isEqualTo("Lyktan blinkar vid skolan.");
		assertThat(description.attr("aria-describedby")).isEqualTo("description-hint");
		assertThat(page.select("label[for=description]")).hasSize(1);

		Element select = page.selectFirst("select#categoryId");
		assertThat(select.select("option[selected]").attr("value")).isEqualTo(String.valueOf(category));
		assertThat(select.child(0).attr("value")).isEmpty();
		assertThat(select.attr("aria-describedby")).isEqualTo("categoryId-hint");

		Element checkbox = page.selectFirst("input[type=checkbox][name=publishPermission]");
		assertThat(checkbox.hasAttr("checked")).isTrue();
		assertThat(page.select("label[for=" + checkbox.id() + "]")).hasSize(1);
		assertEveryReferenceNamesAnIdOfThePage(page);
	}

	@Test
	void shouldKeepTheChosenRadioAndShowTheTextareaErrorAtItsField() throws Exception {
		Document page = render(post("/umea/cases").param("kind", "COMPLAINT")
			.param("title", "Trasig gatlykta")
			.param("description", "")
			.with(remoteAddress()));

		assertThat(page.select("input[name=kind][checked]").attr("value")).isEqualTo("COMPLAINT");
		assertThat(page.select("input#kind-COMPLAINT")).hasSize(1);
		Element description = page.selectFirst("textarea#description");
		assertThat(description.attr("aria-describedby")).isEqualTo("description-hint description-error");
		assertThat(description.attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#description-error").text()).isNotBlank();
		assertThat(page.select(".error-summary a[href=#description]")).hasSize(1);
		assertEveryReferenceNamesAnIdOfThePage(page);
	}

	@Test
	void shouldShowTheSelectErrorAtItsFieldAndKeepTheTypedName() throws Exception {
		Document page = render(post("/pitea/admin/units").param("departmentId", "")
			.param("name", "Enheten som inte fick en förvaltning")
			.with(admin.signedIn()));

		Element select = page.selectFirst("select#departmentId");
		assertThat(select.attr("aria-describedby")).isEqualTo("departmentId-error");
		assertThat(select.attr("aria-invalid")).isEqualTo("true");
		assertThat(select.parent().hasClass("field-error")).isTrue();
		assertThat(page.select("#departmentId-error").text()).isNotBlank();
		assertThat(page.select("input#name").attr("value")).isEqualTo("Enheten som inte fick en förvaltning");
		assertEveryReferenceNamesAnIdOfThePage(page);
	}

	@Test
	void shouldKeepTheTickedCheckboxesOfAGroup() throws Exception {
		Document page = render(post("/pitea/admin/staff").param("displayName", "Ny kollega")
			.param("email", "inte-en-adress")
			.param("roles", "HANDLER")
			.with(admin.signedIn()));

		assertThat(page.select("#email-error").text()).isNotBlank();
		assertThat(page.select("input[type=checkbox][name=roles][checked]").eachAttr("value"))
			.containsExactly("HANDLER");
		assertThat(page.select("fieldset:has(input[name=roles]) legend").text()).isNotBlank();
		assertEveryReferenceNamesAnIdOfThePage(page);
	}

	private Document render(MockHttpServletRequestBuilder request) throws Exception {
		String html = mvc.perform(request.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	/**
	 * Every label, aria-describedby and error-summary link points at exactly one element.
	 */
	private static void assertEveryReferenceNamesAnIdOfThePage(Document page) {
		for (Element described : page.select("[aria-describedby]")) {
			for (String id : described.attr("aria-describedby").split(" ")) {
				assertThat(page.select("[id=" + id + "]")).as("aria-describedby " + id).hasSize(1);
			}
		}
		for (Element label : page.select("label[for]")) {
			assertThat(page.select("[id=" + label.attr("for") + "]")).as("label for " + label.attr("for")).hasSize(1);
		}
	}

	private static RequestPostProcessor remoteAddress() {
		String address = "10.4." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
