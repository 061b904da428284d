package se.medskapa.cases;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.cases.PublicCaseFixtures.Case;
import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Unit;
import se.medskapa.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public list of published cases: filters, Swedish search, keyset pages, order, and
 * what never shows.
 */
@Tag("persistence")
class PublicCaseListTests extends PublicCaseTest {

	@Autowired
	PublicCases publicCases;

	@Test
	void shouldListOnlyPublishedCasesOfTheMunicipality() throws Exception {
		fixtures.published(municipality, "Publicerad idé om torget", "Beskrivning");
		fixtures.submit(municipality, CaseKind.IDEA, null);
		Case internal = fixtures.published(municipality, "Intern idé från personalen", "Beskrivning");
		fixtures.set(internal, "internal", true);
		Municipality other = fixtures.municipality();
		fixtures.published(other, "Idé i en annan kommun", "Beskrivning");

		assertThat(titles(publicCases.list(municipality.id(), PublicCaseQuery.newest(), null, 50)))
			.containsExactly("Publicerad idé om torget");
		mvc.perform(get("/" + municipality.slug() + "/cases"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Publicerad idé om torget")))
			.andExpect(content().string(containsString("Ett ärende matchar")))
			.andExpect(content().string(not(containsString("Intern idé"))))
			.andExpect(content().string(not(containsString("annan kommun"))))
			.andExpect(content().string(not(containsString(PublicCaseFixtures.SECRET))));
	}

	@Test
	void shouldFilterByStatusKindAndCategory() throws Exception {
		Category traffic = fixtures.category(municipality, "Gator och trafik");
		Category parks = fixtures.category(municipality, "Parker");
		Case planned = fixtures.published(municipality, CaseKind.IDEA, traffic.id(), "Planerad cykelbana", "B");
		fixtures.status(planned, CaseStatus.PLANNED);
		fixtures.published(municipality, CaseKind.COMPLAINT, traffic.id(), "Klagomål på snöröjning", "B");
		fixtures.published(municipality, CaseKind.IDEA, parks.id(), "Idé om parkbänkar", "B");

		assertThat(titles(list(new PublicCaseQuery(CaseStatus.PLANNED, null, null, null, null))))
			.containsExactly("Planerad cykelbana");
		assertThat(titles(list(new PublicCaseQuery(null, CaseKind.COMPLAINT, null, null, null))))
			.containsExactly("Klagomål på snöröjning");
		assertThat(titles(list(new PublicCaseQuery(null, null, traffic.id(), null, null))))
			.containsExactlyInAnyOrder("Planerad cykelbana", "Klagomål på snöröjning");
		assertThat(titles(list(new PublicCaseQuery(null, CaseKind.IDEA, traffic.id(), null, null))))
			.containsExactly("Planerad cykelbana");

		mvc.perform(get("/" + municipality.slug() + "/cases").param("category", String.valueOf(parks.id()))
			.param("kind", "IDEA"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Idé om parkbänkar")))
			.andExpect(content().string(not(containsString("Planerad cykelbana"))))
			.andExpect(content().string(containsString("<option value=\"" + parks.id() + "\" selected=\"selected\">")));
	}

	@Test
	void shouldIgnoreUnknownFilterValuesOnThePage() throws Exception {
		fixtures.published(municipality, "Idé om torget", "B");
		mvc.perform(get("/" + municipality.slug() + "/cases").param("status", "NOPE")
			.param("category", "x")
			.param("sort", "SIDEWAYS")
			.param("cursor", "not-a-cursor"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Idé om torget")));
	}

	@Test
	void shouldFindSwedishWordFormsWithoutAccentsAndWithTypos() {
		fixtures.published(municipality, "Säkrare cykel vid skolan", "Barnen behöver en trygg väg till skolan.");
		fixtures.published(municipality, "Ny lekplats på Öster", "Gungor och rutschkana för de minsta.");
		fixtures.published(municipality, "Belysning längs gångvägen", "Det är mörkt på kvällarna vid ån.");
		fixtures.published(municipality, "Fler nycklar till föreningslokalen", "Föreningarna delar på en nyckel.");

		assertThat(search("cyklar")).containsExactly("Säkrare cykel vid skolan");
		assertThat(search("cykelvägar")).isEmpty();
		assertThat(search("skolor")).containsExactly("Säkrare cykel vid skolan");
		assertThat(search("lekplatser")).containsExactly("Ny lekplats på Öster");
		assertThat(search("Oster")).containsExactly("Ny lekplats på Öster");
		assertThat(search("gangvagen")).containsExactly("Belysning längs gångvägen");
		assertThat(search("belysnig")).containsExactly("Belysning längs gångvägen");
		assertThat(search("kvällen")).containsExactly("Belysning längs gångvägen");
		assertThat(search("nyckel")).containsExactly("Fler nycklar till föreningslokalen");
		assertThat(search("mörkt på kvällarna")).containsExactly("Belysning längs gångvägen");
		assertThat(search("belysning skolan")).as("all words must match").isEmpty();
	}

	@Test
	void shouldNeverSearchTheOriginalTexts() {
		fixtures.published(municipality, "Publik rubrik", "Publik beskrivning");
		assertThat(search(PublicCaseFixtures.SECRET)).isEmpty();
		assertThat(search("Originalbeskrivning")).isEmpty();
	}

	@Test
	void shouldSayHowManyCasesMatchTheSearch() throws Exception {
		fixtures.published(municipality, "Säkrare cykel vid skolan", "B");
		fixtures.published(municipality, "Cykelbana längs ån", "B");
		fixtures.published(municipality, "Ny lekplats", "B");
		mvc.perform(get("/" + municipality.slug() + "/cases").param("q", "cyklar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 ärenden matchar ”cyklar”")))
			.andExpect(content().string(containsString("value=\"cyklar\"")))
			.andExpect(content().string(not(containsString("Ny lekplats"))));
	}

	@Test
	void shouldPageByKeysetWithoutOverlapOrGapEvenWhenTimesAreEqual() throws Exception {
		Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.DAYS);
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			Case c = fixtures.published(municipality, "Ärende " + i, "B");
			// Pairs of cases share a submission time, so the id must break the tie.
			fixtures.submittedAt(c, base.plus(i / 2, ChronoUnit.HOURS));
			expected.add(0, c.reference());
		}
		// Newest first: higher time first, and the later id first within a time.
		assertThat(referencesThroughApi(municipality, "NEWEST", 3)).containsExactlyElementsOf(expected);
		assertThat(referencesThroughPages(3)).containsExactlyElementsOf(expected);
	}

	@Test
	void shouldSortByMostSupportedAndPageThatOrderToo() throws Exception {
		Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(5, ChronoUnit.DAYS);
		int[] support = { 3, 0, 7, 3, 0, 3 };
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < support.length; i++) {
			Case c = fixtures.published(municipality, "Förslag " + i, "B");
			fixtures.set(c, "support_count", support[i]);
			fixtures.submittedAt(c, base.plus(i % 3, ChronoUnit.HOURS));
			cases.add(c);
		}
		// 7; then the three with 3 (5 at +2h, 3 at +0h with the higher id before 0 at
		// +0h); then the two with 0.
		List<String> expected = List.of(cases.get(2).reference(), cases.get(5).reference(), cases.get(3).reference(),
				cases.get(0).reference(), cases.get(4).reference(), cases.get(1).reference());
		assertThat(referencesThroughApi(municipality, "MOST_SUPPORTED", 2)).containsExactlyElementsOf(expected);
		assertThat(referencesThroughApi(municipality, "MOST_SUPPORTED", 50)).containsExactlyElementsOf(expected);

		mvc.perform(get("/" + municipality.slug() + "/cases").param("sort", "MOST_SUPPORTED"))
			.andExpect(content().string(containsString("7 personer stöder")));
	}

	@Test
	void shouldKeepTheFiltersInTheNextPageLink() throws Exception {
		for (int i = 0; i < 3; i++) {
			fixtures.published(municipality, "Cykelparkering " + i, "B");
		}
		String page = mvc.perform(get("/" + municipality.slug() + "/cases").param("q", "cykel").param("size", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String next = nextLink(page);
		assertThat(next).contains("q=cykel").contains("size=2").contains("cursor=");
		mvc.perform(get(next.replace("&amp;", "&")))
			.andExpect(content().string(containsString("Cykelparkering 0")))
			.andExpect(content().string(containsString("Till första sidan")))
			.andExpect(content().string(not(containsString("rel=\"next\""))));
	}

	@Test
	void shouldRefuseACursorOfAnotherOrderInTheApi() throws Exception {
		for (int i = 0; i < 3; i++) {
			fixtures.published(municipality, "Förslag " + i, "B");
		}
		String body = mvc.perform(get("/api/v1/" + municipality.slug() + "/cases").param("size", "1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String cursor = JsonPath.read(body, "$.nextCursor");
		mvc.perform(get("/api/v1/" + municipality.slug() + "/cases").param("cursor", cursor)
			.param("sort", "MOST_SUPPORTED"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/" + municipality.slug() + "/cases").param("cursor", "bm90LW91cnM"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void shouldReadAPageInAFixedNumberOfStatementsWhateverItsSize() throws Exception {
		// Three categories, units and contacts: a lookup per distinct name would show.
		List<Category> categories = List.of(fixtures.category(municipality, "Gator och trafik"),
				fixtures.category(municipality, "Parker"), fixtures.category(municipality, "Skola"));
		List<Unit> units = List.of(fixtures.unit(municipality, "Gata och park"), fixtures.unit(municipality, "Kultur"),
				fixtures.unit(municipality, "Utbildning"));
		List<Long> contacts = List.of(fixtures.staffMember(municipality, "Kim Kontakt"),
				fixtures.staffMember(municipality, "Lo Kontakt"), fixtures.staffMember(municipality, "Mo Kontakt"));
		for (int i = 0; i < 30; i++) {
			Case c = fixtures.published(municipality, CaseKind.IDEA, categories.get(i % 3).id(), "Cykelbana " + i,
					"Beskrivning");
			fixtures.set(c, "unit_id", units.get(i % 3).id());
			fixtures.set(c, "contact_staff_id", contacts.get(i % 3));
		}
		Category category = categories.get(0);
		String path = "/" + municipality.slug() + "/cases";
		long small = SqlStatements.during(() -> mvc.perform(get(path).param("size", "2")).andExpect(status().isOk()));
		long large = SqlStatements.during(() -> mvc.perform(get(path).param("size", "30")).andExpect(status().isOk()));
		long searched = SqlStatements.during(() -> mvc
			.perform(get(path).param("size", "30").param("q", "cykel").param("category", String.valueOf(category.id())))
			.andExpect(status().isOk()));
		long api = SqlStatements
			.during(() -> mvc.perform(get("/api/v1" + path).param("size", "2")).andExpect(status().isOk()));
		long apiLarge = SqlStatements
			.during(() -> mvc.perform(get("/api/v1" + path).param("size", "30")).andExpect(status().isOk()));
		long showcase = SqlStatements
			.during(() -> mvc.perform(get("/" + municipality.slug() + "/implemented")).andExpect(status().isOk()));

		// The figures published in docs/performance.md and ADR 0005; the pages read the
		// municipality's face (ADR 0024) in the statement that reads the municipality.
		assertThat(small).as("statements for a page of 2").isEqualTo(large).isEqualTo(3);
		assertThat(searched).as("statements for a searched page").isEqualTo(3);
		assertThat(api).as("statements for the API list").isEqualTo(apiLarge).isEqualTo(2);
		assertThat(showcase).as("statements for the showcase").isEqualTo(2);
	}

	private List<String> titles(PublicCasePage page) {
		return page.items().stream().map(PublicCaseSummary::title).toList();
	}

	private PublicCasePage list(PublicCaseQuery query) {
		return publicCases.list(municipality.id(), query, null, 50);
	}

	private List<String> search(String text) {
		return titles(list(new PublicCaseQuery(null, null, null, text, null)));
	}

	private List<String> referencesThroughApi(Municipality m, String sort, int size) throws Exception {
		List<String> references = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			var request = get("/api/v1/" + m.slug() + "/cases").param("sort", sort).param("size", String.valueOf(size));
			if (cursor != null) {
				request.param("cursor", cursor);
			}
			String body = mvc.perform(request)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<String> page = JsonPath.read(body, "$.items[*].reference");
			assertThat(page.size()).isLessThanOrEqualTo(size);
			references.addAll(page);
			cursor = JsonPath.read(body, "$.nextCursor");
			assertThat(++pages).as("pages").isLessThan(20);
		}
		while (cursor != null);
		return references;
	}

	private List<String> referencesThroughPages(int size) throws Exception {
		List<String> references = new ArrayList<>();
		String next = "/" + municipality.slug() + "/cases?size=" + size;
		while (next != null) {
			String page = mvc.perform(get(next.replace("&amp;", "&")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Matcher matcher = Pattern.compile("class=\"reference-small\">([A-Z]+-\\d+-\\d+)<").matcher(page);
			while (matcher.find()) {
				references.add(matcher.group(1));
			}
			next = nextLink(page);
		}
		return references;
	}

	private static String nextLink(String page) {
		Matcher matcher = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\"").matcher(page);
		return matcher.find() ? matcher.group(1) : null;
	}

}
