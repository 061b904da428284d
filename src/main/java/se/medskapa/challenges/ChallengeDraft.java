package se.medskapa.challenges;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The texts of a challenge as a unit writes them; {@code criteria} one per line.
 */
public record ChallengeDraft(long unitId, String title, String problem, String affected, String criteria, String offer,
		LocalDate deadline, String contactName, String contactEmail) {

	/** The criteria, one per non-empty line. */
	public List<String> criteriaList() {
		return criteriaOf(criteria);
	}

	static List<String> criteriaOf(String criteria) {
		return criteria == null ? List.of()
				: Arrays.stream(criteria.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
