package se.medskapa.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The links on the staff start page and the admin overview, contributed by the modules
 * they lead to: exactly these, in this order, for each role.
 */
class NavigationEntriesTests extends IntegrationTest {

	private static final List<String> EVERY_MUNICIPALITY_STAFF = List.of("/boras/staff/cases Ärenden",
			"/boras/staff/challenges Utmaningar", "/boras Kommunens publika sida",
			"/staff/api-tokens Dina API-nycklar");

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	static Stream<Arguments> linksByRole() {
		return Stream.of(
				Arguments.of(StaffRole.MUNICIPALITY_ADMIN,
						Stream
							.concat(Stream.of("/boras/admin Administrera kommunen"),
									withEvents(EVERY_MUNICIPALITY_STAFF).stream())
							.toList()),
				Arguments.of(StaffRole.IDEA_COACH, withModeration(EVERY_MUNICIPALITY_STAFF)),
				Arguments.of(StaffRole.HANDLER, withEvents(EVERY_MUNICIPALITY_STAFF)),
				Arguments.of(StaffRole.UNIT_LEAD, withEvents(EVERY_MUNICIPALITY_STAFF)));
	}

	/** The events link, after the challenges, for those who organise events. */
	private static List<String> withEvents(List<String> links) {
		List<String> all = new ArrayList<>(links);
		all.add(all.indexOf("/boras/staff/challenges Utmaningar") + 1, "/boras/staff/events Evenemang och anmälningar");
		return all;
	}

	/** The moderation queue, after the challenges, for the idea coaches. */
	private static List<String> withModeration(List<String> links) {
		List<String> all = new ArrayList<>(links);
		all.add(all.indexOf("/boras/staff/challenges Utmaningar") + 1, "/boras/staff/moderation Moderering");
		return all;
	}

	@ParameterizedTest
	@MethodSource("linksByRole")
	void shouldShowMunicipalityStaffTheLinksOfTheirRole(StaffRole role, List<String> expected) throws Exception {
		long boras = municipalities.requireBySlug("boras").id();
		TestStaff staff = TestStaff.create(directory, users, boras, Set.of(role), List.of());

		assertThat(links(staff, "/staff", "#content ul.card-list a")).containsExactlyElementsOf(expected);
	}

	@Test
	void shouldShowThePlatformOperatorTheOperatorPages() throws Exception {
		TestStaff operator = TestStaff.create(directory, users, null, Set.of(StaffRole.PLATFORM_OPERATOR), List.of());

		assertThat(links(operator, "/staff", "#content ul.card-list a")).containsExactly(
				"/operator/municipalities Kommuner", "/operator/sent-mail Skickad e-post",
				"/operator/accessibility-reports Rapporter om tillgänglighet");
	}

	@Test
	void shouldLinkTheAdminOverviewToTheAdminPagesOfOtherModules() throws Exception {
		long boras = municipalities.requireBySlug("boras").id();
		TestStaff admin = TestStaff.create(directory, users, boras, Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of());

		assertThat(links(admin, "/boras/admin", "#content > ul a")).containsExactly(
				"/boras/admin/face Kommunens utseende, startsida och integritetstext",
				"/boras/admin/staff Personal och roller", "/boras/admin/sign-in Inloggningstjänster",
				"/boras/admin/routing Fördelningsregler", "/boras/admin/case-settings Tidsfrister och visning av namn",
				"/boras/admin/e-petitions E-förslag",
				"/boras/admin/contacts Kontaktbanken: samtycke, områden och guide",
				"/boras/admin/contacts/audit Kontaktbanken: logg över sökningar och inbjudningar");
	}

	/** Each link as its address and text. */
	private List<String> links(TestStaff staff, String page, String selector) throws Exception {
		String html = mvc.perform(get(page).with(staff.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html).select(selector).stream().map(a -> a.attr("href") + " " + a.text()).toList();
	}

}
