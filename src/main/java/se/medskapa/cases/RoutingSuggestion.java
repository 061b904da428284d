package se.medskapa.cases;

import java.util.List;

/**
 * The unit the routing rules propose for a case, never one that has sent this case back
 * before: {@code unitId} is {@code null} when the rule's unit did
 * ({@code passedOverUnitId} then names it), and {@code returnedByUnitNames} lists every
 * unit that returned the case, so the coach is told why a rule was not followed (issue
 * 14).
 */
public record RoutingSuggestion(Long unitId, Long passedOverUnitId, List<String> returnedByUnitNames) {

	public boolean returnedBefore() {
		return !returnedByUnitNames.isEmpty();
	}

}
