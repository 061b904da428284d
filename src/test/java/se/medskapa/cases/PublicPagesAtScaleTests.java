package se.medskapa.cases;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.Residents;
import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.cases.PublicCaseFixtures.Case;
import se.medskapa.municipalities.Municipality;
import se.medskapa.support.SqlStatements;
import se.medskapa.support.TestResidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.medskapa.support.TestResidents.signedIn;

/**
 * What the public pages do so that they stay fast at 1,000,000 cases (issue 10): the
 * bounded count, search scoped to the municipality on both of its paths, statistics
 * computed once and shown with their age, and HTTP caching for anonymous visitors only.
 */
@Tag("persistence")
class PublicPagesAtScaleTests extends PublicCaseTest {

	/** What se.medskapa.cases.web.PublicPageCaching sends. */
	private static final String CACHE_CONTROL = "private, max-age=60";

	@Autowired
	PublicCases publicCases;

	@Autowired
	HandlingStatistics statistics;

	@Autowired
	Residents residents;

	@Test
	void shouldCountUpToTheLimitAndThenSayMoreThan() throws Exception {
		Case one = fixtures.published(municipality, "Fler parkbänkar", "Vid ån.");
		jdbc.sql("""
				insert into cases (municipality_id, reference, kind, title, description, public_title,
				                   public_description, status, submitted_at, acknowledge_due, answer_due, published)
				select municipality_id, reference || '-' || g, kind, title, description, public_title,
				       public_description, status, submitted_at - g * interval '1 second', acknowledge_due, answer_due,
				       published
				from cases, generate_series(1, :copies) g where id = :id""")
			.param("copies", PublicCasePage.COUNT_LIMIT)
			.param("id", one.id())
			.update();

		PublicCasePage page = publicCases.list(municipality.id(), PublicCaseQuery.newest(), null, 20);
		assertThat(page.total()).isEqualTo(PublicCasePage.COUNT_LIMIT + 1);
		assertThat(page.moreThanCountLimit()).isTrue();
		assertThat(page.items()).hasSize(20);
		assertThat(page.nextCursor()).isNotNull();
		mvc.perform(get("/" + municipality.slug() + "/cases"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*Fler än 10.000 ärenden matchar<.*")));
		// A search counts up to 100 (ADR 0038).
		mvc.perform(get("/" + municipality.slug() + "/cases").param("q", "parkbänk"))
			.andExpect(content().string(matchesPattern("(?s).*Fler än 100 ärenden matchar ”parkbänk”.*")));
		mvc.perform(get("/" + municipality.slug() + "/cases").param("lang", "en"))
			.andExpect(content().string(matchesPattern("(?s).*More than 10,000 cases match<.*")));

		// Exactly at the limit the number is exact.
		jdbc.sql("delete from cases where municipality_id = ? and reference = ?")
			.params(municipality.id(), one.reference() + "-1")
			.update();
		mvc.perform(get("/" + municipality.slug() + "/cases"))
			.andExpect(content().string(matchesPattern("(?s).*10.000 ärenden matchar<.*")))
			.andExpect(content().string(not(containsString("Fler än"))));
	}

	/**
	 * A common word is settled among the newest cases of the list in one statement; a
	 * word only in an older case, beyond them, is found by the full-text index; both page
	 * in the list's order (ADR 0038).
	 */
	@Test
	void shouldSettleACommonWordAmongTheNewestCasesAndFindARareOneBeyondThem() throws Exception {
		Case old = fixtures.published(municipality, "Gatubelysning saknas", "Mörkt på kvällen.");
		Case one = fixtures.published(municipality, "Fler parkbänkar", "Vid ån.");
		jdbc.sql("update cases set submitted_at = submitted_at - interval '1 day' where id = ?")
			.param(old.id())
			.update();
		jdbc.sql("""
				insert into cases (municipality_id, reference, kind, title, description, public_title,
				                   public_description, status, submitted_at, acknowledge_due, answer_due, published)
				select municipality_id, reference || '-' || g, kind, title, description,
				       case when g % 2 = 0 then public_title else 'Lekplats ' || g end, public_description, status,
				       submitted_at - g * interval '1 second', acknowledge_due, answer_due, published
				from cases, generate_series(1, :copies) g where id = :id""")
			.param("copies", PublicCases.SEARCH_WINDOW + 500)
			.param("id", one.id())
			.update();
		PublicCaseQuery common = new PublicCaseQuery(null, null, null, "parkbänk", PublicCaseSort.NEWEST);
		PublicCaseQuery rare = new PublicCaseQuery(null, null, null, "gatubelysning", PublicCaseSort.NEWEST);

		PublicCasePage[] pages = new PublicCasePage[3];
		long commonStatements = SqlStatements
			.during(() -> pages[0] = publicCases.list(municipality.id(), common, null, 20));
		long rareStatements = SqlStatements
			.during(() -> pages[1] = publicCases.list(municipality.id(), rare, null, 20));
		pages[2] = publicCases.list(municipality.id(), common, pages[0].nextCursor(), 20);

		assertThat(commonStatements).as("a common word: the newest cases settle it").isEqualTo(1);
		assertThat(pages[0].items()).hasSize(20).allSatisfy(c -> assertThat(c.title()).isEqualTo("Fler parkbänkar"));
		assertThat(pages[0].moreThanCountLimit()).isTrue();
		assertThat(pages[0].countLimit()).isEqualTo(PublicCasePage.SEARCH_COUNT_LIMIT);
		List<String> newestParkbank = jdbc.sql("""
				select reference from cases where municipality_id = ? and public_title = 'Fler parkbänkar'
				order by submitted_at desc, id desc limit 40""").param(municipality.id()).query(String.class).list();
		assertThat(pages[0].items()).extracting(PublicCaseSummary::reference)
			.containsExactlyElementsOf(newestParkbank.subList(0, 20));
		assertThat(pages[2].items()).extracting(PublicCaseSummary::reference)
			.containsExactlyElementsOf(newestParkbank.subList(20, 40));
		assertThat(rareStatements).as("a rare word beyond the newest cases: then the index").isEqualTo(2);
		assertThat(pages[1].items()).extracting(PublicCaseSummary::reference).containsExactly(old.reference());
		assertThat(pages[1].total()).isEqualTo(1);
	}

	@Test
	void shouldSearchOnlyTheMunicipalityOnTheWordAndTheTypoPath() {
		Municipality other = fixtures.municipality();
		fixtures.published(municipality, "Trasig cykelbana vid skolan", "Hål i asfalten.");
		fixtures.published(other, "Trasig cykelbana vid torget", "Hål i asfalten.");
		fixtures.published(other, "Cykelbana saknas helt", "Ingen alls.");

		assertThat(search(municipality, "cykelbana")).containsExactly("Trasig cykelbana vid skolan");
		assertThat(search(municipality, "trasig cykelbana")).containsExactly("Trasig cykelbana vid skolan");
		// No word matches "cykelbna": the typo path, by title similarity, also only here.
		assertThat(search(municipality, "cykelbna")).containsExactly("Trasig cykelbana vid skolan");
		assertThat(search(other, "cykelbna")).containsExactlyInAnyOrder("Trasig cykelbana vid torget",
				"Cykelbana saknas helt");
		assertThat(search(municipality, "saknas")).isEmpty();
	}

	@Test
	void shouldComputeStatisticsOnceAndShowTheirAge() throws Exception {
		HandlingStatistics.Snapshot first = statistics.snapshot(municipality.id());
		fixtures.published(municipality, "Ett ärende efteråt", "B");
		HandlingStatistics.Snapshot second = statistics.snapshot(municipality.id());

		assertThat(second).isSameAs(first);
		assertThat(statistics.lastTwelveMonths(municipality.id())).isSameAs(first.report());
		assertThat(first.minutesOld(first.computedAt().plusSeconds(59))).isZero();
		assertThat(first.minutesOld(first.computedAt().plus(HandlingStatistics.MAX_AGE))).isEqualTo(5);
		Municipality other = fixtures.municipality();
		assertThat(statistics.snapshot(other.id())).isNotSameAs(first);
		mvc.perform(get("/" + municipality.slug() + "/statistics"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Siffrorna uppdaterades nyss.")));
		mvc.perform(get("/" + municipality.slug() + "/statistics").param("lang", "en"))
			.andExpect(content().string(containsString("The figures were updated just now.")));
	}

	@Test
	void shouldAnswerNotModifiedToAnonymousVisitorsWithTheSamePage() throws Exception {
		Case c = fixtures.published(municipality, "Fler papperskorgar", "I parken.");
		for (String path : List.of("/" + municipality.slug() + "/cases", "/" + municipality.slug() + "/statistics",
				"/" + municipality.slug() + "/implemented")) {
			String etag = mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", CACHE_CONTROL))
				.andExpect(header().exists("ETag"))
				.andReturn()
				.getResponse()
				.getHeader("ETag");
			mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
			mvc.perform(get(path).header("If-None-Match", "\"something-else\"")).andExpect(status().isOk());
		}
		// A case page carries a masked CSRF token in its forms, so it differs per
		// request; it gets the caching headers all the same.
		mvc.perform(get("/" + municipality.slug() + "/cases/" + c.reference()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", CACHE_CONTROL));
	}

	@Test
	void shouldNeverCacheThePagesOfSignedInUsers() throws Exception {
		Case c = fixtures.published(municipality, "Fler papperskorgar", "I parken.");
		ResidentPrincipal me = TestResidents.create(residents);
		for (String path : List.of("/" + municipality.slug() + "/cases",
				"/" + municipality.slug() + "/cases/" + c.reference(), "/" + municipality.slug() + "/statistics")) {
			String etag = mvc.perform(get(path)).andReturn().getResponse().getHeader("ETag");
			mvc.perform(get(path).with(signedIn(me)).header("If-None-Match", String.valueOf(etag)))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist("ETag"))
				.andExpect(header().string("Cache-Control", containsString("no-store")));
		}
		// Other pages are not touched.
		mvc.perform(get("/" + municipality.slug() + "/cases/new")).andExpect(header().doesNotExist("ETag"));
	}

	private List<String> search(Municipality m, String text) {
		return publicCases.list(m.id(), new PublicCaseQuery(null, null, null, text, null), null, 50)
			.items()
			.stream()
			.map(PublicCaseSummary::title)
			.toList();
	}

}
