package se.medskapa.cases;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.medskapa.shared.PublicReads;
import se.medskapa.shared.Text;

/**
 * Published cases like the one being written, so a resident can follow or support an
 * existing case instead of sending a duplicate: the same Swedish full-text search as the
 * public list, or a title similar enough by trigrams.
 */
@Service
public class SimilarCases {

	static final int LIMIT = 5;

	private final JdbcClient jdbc;

	SimilarCases(PublicReads reads) {
		this.jdbc = reads.jdbc();
	}

	public List<SimilarCase> like(long municipalityId, String title) {
		String text = searchText(title);
		if (text == null) {
			return List.of();
		}
		return jdbc.sql("""
				select c.reference, c.public_title as title, c.status,
				       left(c.public_description, ?) as excerpt
				from cases c
				where c.municipality_id = ? and c.published and not c.internal
				  and (c.search_vector @@ (select medskapa_search_query(?))
				       or medskapa_unaccent(c.public_title) % medskapa_unaccent(?))
				order by similarity(medskapa_unaccent(c.public_title), medskapa_unaccent(?)) desc, c.id desc
				limit ?""")
			.params(PublicCases.EXCERPT_LENGTH + 1, municipalityId, text, text, text, LIMIT)
			.query(SimilarCase.class)
			.list()
			.stream()
			.map(found -> new SimilarCase(found.reference(), found.title(), found.status(),
					PublicCases.excerpt(found.excerpt())))
			.toList();
	}

	/**
	 * The title as searched: stripped, at most {@link PublicCaseQuery#MAX_TEXT_LENGTH}
	 * characters (it feeds a full-text query and a trigram comparison); {@code null} when
	 * shorter than four characters.
	 */
	static String searchText(String title) {
		if (title == null || title.strip().length() < 4) {
			return null;
		}
		return Text.truncate(title.strip(), PublicCaseQuery.MAX_TEXT_LENGTH).strip();
	}

	/** A similar published case; {@code excerpt} is the start of its public text. */
	public record SimilarCase(String reference, String title, CaseStatus status, String excerpt) {
	}

}
