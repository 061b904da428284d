package se.medskapa.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.PublicCaseFixtures.Case;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Times on pages and in the CSV export are Stockholm's, whatever the JVM's zone: the
 * suite runs with {@code -Duser.timezone=UTC} (pom.xml), and a case submitted at 23:30
 * UTC was submitted on the next day in Sweden, at 00:30 in winter and 01:30 in summer.
 */
class CaseTimesTests extends PublicCaseTest {

	static final Instant WINTER_EVENING_UTC = Instant.parse("2026-12-01T23:30:00Z");

	static final Instant SUMMER_EVENING_UTC = Instant.parse("2026-06-30T23:30:00Z");

	@Autowired
	StaffUserDetailsService users;

	@Test
	void shouldRunInAJvmWhoseZoneIsUtc() {
		// The precondition of the other tests: otherwise they could pass by the JVM's
		// zone.
		assertThat(ZoneId.systemDefault().getRules().getOffset(WINTER_EVENING_UTC)).isEqualTo(ZoneOffset.UTC);
	}

	@Test
	void shouldShowTheSwedishDateOnThePublicCasePageAndItsTimeline() throws Exception {
		Case winter = fixtures.published(municipality, "Vinterkväll", "Inskickat strax före midnatt UTC");
		fixtures.submittedAt(winter, WINTER_EVENING_UTC);

		Document page = page("/" + municipality.slug() + "/cases/" + winter.reference());

		// The submission date in the facts and the SUBMITTED entry of the timeline.
		assertThat(page.select("time").eachText()).hasSizeGreaterThanOrEqualTo(2).containsOnly("2026-12-02");
	}

	@Test
	void shouldShowTheSwedishTimeToStaffInWinterAndInSummer() throws Exception {
		Case winter = fixtures.submit(municipality, CaseKind.IDEA, null);
		fixtures.submittedAt(winter, WINTER_EVENING_UTC);
		Case summer = fixtures.submit(municipality, CaseKind.IDEA, null);
		fixtures.submittedAt(summer, SUMMER_EVENING_UTC);
		TestStaff coach = TestStaff.create(staff, users, municipality.id(), Set.of(StaffRole.IDEA_COACH), List.of());

		assertThat(staffPage(coach, winter).text()).contains("2026-12-02 00:30").doesNotContain("23:30");
		assertThat(staffPage(coach, summer).text()).contains("2026-07-01 01:30").doesNotContain("23:30");

		String csv = mvc.perform(get("/" + municipality.slug() + "/staff/cases/export.csv").with(coach.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(winter.reference() + ";").contains("2026-12-02 00:30:00");
		assertThat(csv).contains(summer.reference() + ";").contains("2026-07-01 01:30:00");
		assertThat(csv).doesNotContain("23:30:00");
	}

	@Test
	void shouldExportTheCasesOfASwedishDayIncludingThoseSubmittedBeforeMidnightUtc() throws Exception {
		Case winter = fixtures.submit(municipality, CaseKind.IDEA, null);
		fixtures.submittedAt(winter, WINTER_EVENING_UTC);
		TestStaff coach = TestStaff.create(staff, users, municipality.id(), Set.of(StaffRole.IDEA_COACH), List.of());

		String ofTheSecond = export(coach, "2026-12-02");
		String ofTheFirst = export(coach, "2026-12-01");

		assertThat(ofTheSecond).contains(winter.reference());
		assertThat(ofTheFirst).doesNotContain(winter.reference());
	}

	private String export(TestStaff coach, String day) throws Exception {
		return mvc
			.perform(get("/" + municipality.slug() + "/staff/cases/export.csv").param("from", day)
				.param("to", day)
				.with(coach.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Document staffPage(TestStaff coach, Case c) throws Exception {
		return Jsoup
			.parse(mvc.perform(get("/" + municipality.slug() + "/staff/cases/" + c.reference()).with(coach.signedIn()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
