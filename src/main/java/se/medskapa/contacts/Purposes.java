package se.medskapa.contacts;

import java.util.List;
import java.util.Set;

/**
 * What a resident joins for: topics (category ids), areas (district ids), ways of taking
 * part, how often, in which language, what they need to take part, and the optional
 * background answers (null where not answered).
 */
public record Purposes(List<Long> topics, List<Long> districts, Set<WayOfTakingPart> ways, ContactFrequency frequency,
		String language, Set<AccessibilityNeed> needs, String ageBand, Long residenceDistrictId, String occupation,
		Boolean schoolParent) {

	public Purposes {
		topics = topics == null ? List.of() : List.copyOf(topics);
		districts = districts == null ? List.of() : List.copyOf(districts);
		ways = ways == null ? Set.of() : Set.copyOf(ways);
		needs = needs == null ? Set.of() : Set.copyOf(needs);
	}

}
