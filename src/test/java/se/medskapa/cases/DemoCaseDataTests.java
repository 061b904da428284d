package se.medskapa.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo municipalities show the idea sluice at work: a case in every status, published
 * ones, hand-overs, messages and notes, overdue cases in the queues, and routing rules,
 * all in the past and consistent.
 */
@Tag("persistence")
class DemoCaseDataTests extends IntegrationTest {

	@Autowired
	Municipalities municipalities;

	@Autowired
	StaffCaseViews views;

	@Autowired
	RoutingRules routingRules;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "boras", "umea", "pitea" })
	void shouldHaveDemoCasesInEveryStatus(String slug) {
		Municipality municipality = municipalities.requireBySlug(slug);
		Set<CaseStatus> statuses = jdbc.sql("select distinct status from cases where municipality_id = ?")
			.param(municipality.id())
			.query(String.class)
			.list()
			.stream()
			.map(CaseStatus::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStatus.class)));
		assertThat(statuses).containsAll(EnumSet.allOf(CaseStatus.class));

		assertThat(
				count("select count(*) from cases c where municipality_id = ? and published and " + DEMO, municipality))
			.isGreaterThanOrEqualTo(4);
		assertThat(count("select count(*) from cases where municipality_id = ? and hops > 0", municipality))
			.isGreaterThanOrEqualTo(2);
		assertThat(count("select count(*) from cases where municipality_id = ? and registry_number is not null",
				municipality))
			.isGreaterThanOrEqualTo(2);
		for (String type : List.of("HANDED_OVER", "RETURNED_TO_COACH", "PUBLIC_MESSAGE", "INTERNAL_NOTE",
				"RESIDENT_REPLY", "FORWARDED", "MERGED", "WITHDRAWN", "ANSWERED", "PUBLISHED")) {
			assertThat(count("select count(*) from case_event where municipality_id = ? and type = '" + type + "'",
					municipality))
				.as(type)
				.isPositive();
		}
		assertThat(jdbc.sql("select forwarded_to from cases where municipality_id = ? and status = 'FORWARDED'")
			.param(municipality.id())
			.query(String.class)
			.list()).anyMatch(authority -> authority.contains("Trafikverket"))
			.anyMatch(authority -> authority.toLowerCase(Locale.ROOT).contains("region"));
		assertThat(count("select count(*) from cases where municipality_id = ? and status = 'MERGED' "
				+ "and merged_into_id is not null", municipality))
			.isPositive();
		assertThat(count("select count(*) from case_event where municipality_id = ? and to_status = 'DECLINED' "
				+ "and public_message is not null", municipality))
			.isPositive();
		assertThat(routingRules.rules(municipality.id())).hasSizeGreaterThanOrEqualTo(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "boras", "umea", "pitea" })
	void shouldDateDemoCasesInThePastWithSomeOverdue(String slug) {
		Municipality municipality = municipalities.requireBySlug(slug);
		List<String> demoReferences = jdbc.sql("select reference from cases c where municipality_id = ? and " + DEMO)
			.param(municipality.id())
			.query(String.class)
			.list();
		assertThat(demoReferences).hasSizeGreaterThanOrEqualTo(16);

		assertThat(views.overdue(municipality.id())).extracting(StaffCaseSummary::reference)
			.filteredOn(demoReferences::contains)
			.hasSizeGreaterThanOrEqualTo(2);
		// Submitted weeks ago, acknowledged, answered and closed in order, never in the
		// future.
		assertThat(count("select count(*) from cases c where municipality_id = ? and " + DEMO
				+ " and submitted_at < now() - interval '30 days'", municipality))
			.isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from cases c where municipality_id = ? and " + DEMO + """
				and (acknowledged_at < submitted_at or answered_at < submitted_at or closed_at < submitted_at
				     or submitted_at > now() or closed_at > now() or answer_due < acknowledge_due)""", municipality))
			.isZero();
		assertThat(count(
				"select count(*) from case_event e join cases c on c.id = e.case_id where c.municipality_id = ? and "
						+ DEMO + " and (e.occurred_at < c.submitted_at or e.occurred_at > now())",
				municipality))
			.isZero();
		assertThat(count(
				"select count(*) from case_event e join cases c on c.id = e.case_id where c.municipality_id = ? and "
						+ DEMO
						+ """
								and exists (select 1 from case_event later where later.case_id = e.case_id and later.id > e.id
								            and later.occurred_at < e.occurred_at)""",
				municipality))
			.isZero();
	}

	/**
	 * Demo residents write from the reserved example domain; other tests' cases in the
	 * same municipalities do not.
	 */
	private static final String DEMO = "c.submitter_email like '%@exempel.medskapa.example'";

	private long count(String sql, Municipality municipality) {
		return jdbc.sql(sql).param(municipality.id()).query(Long.class).single();
	}

}
