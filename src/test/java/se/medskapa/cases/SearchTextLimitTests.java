package se.medskapa.cases;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * F14: search and suggestion text is cut at {@value PublicCaseQuery#MAX_TEXT_LENGTH}
 * characters on the server, whatever the form's {@code maxlength} says: every word of it
 * becomes prefix alternatives of the full-text query, and the title a trigram comparison.
 */
@Tag("persistence")
class SearchTextLimitTests extends IntegrationTest {

	private static final String LONG = "cykelbana ".repeat(800);

	@Autowired
	MockMvc mvc;

	@Test
	void shouldSearchWithAtMostTwoHundredCharacters() {
		assertThat(new PublicCaseQuery(null, null, null, LONG, null).text())
			.hasSizeLessThanOrEqualTo(PublicCaseQuery.MAX_TEXT_LENGTH)
			.startsWith("cykelbana cykelbana");
		assertThat(SimilarCases.searchText(LONG)).hasSizeLessThanOrEqualTo(PublicCaseQuery.MAX_TEXT_LENGTH);
		assertThat(SimilarCases.searchText("  Utegym ")).isEqualTo("Utegym");
		assertThat(SimilarCases.searchText("gym")).isNull();
	}

	@Test
	void shouldAnswerAnEightKilobyteSearchOnEveryPublicSearchWithoutAnError() throws Exception {
		String marker = "sokgrans" + UUID.randomUUID().toString().substring(0, 8);
		String query = marker + " " + LONG;
		for (String path : List.of("/umea/cases", "/api/v1/umea/cases")) {
			mvc.perform(get(path).param("q", query)).andExpect(status().isOk());
		}
		mvc.perform(get("/umea/cases/similar").param("title", query)).andExpect(status().isOk());
	}

}
