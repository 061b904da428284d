package se.medskapa.accessibility;

import java.time.Instant;

/** A reported accessibility problem. */
public record AccessibilityReport(long id, String pageAddress, String description, String reporterName,
		String reporterEmail, Instant createdAt) {
}
