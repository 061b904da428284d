package se.medskapa.cases;

import java.time.Instant;

/**
 * One case as the municipality's records system (diarium) takes it: identifiers, state,
 * where it is, and its dates. No resident data and no texts, so an export is safe to hand
 * to the registry.
 */
public record CaseRecord(String reference, String registryNumber, CaseKind kind, CaseStatus status, String category,
		String unit, Instant submitted, Instant acknowledged, Instant answered, Instant closed, int hops,
		boolean published) {
}
