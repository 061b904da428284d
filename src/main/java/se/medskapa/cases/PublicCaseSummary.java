package se.medskapa.cases;

import java.time.Instant;

/**
 * One published case in a public list: only the coach-reviewed public texts, never the
 * resident's original or anything about the submitter. {@code latestMessage} is filled on
 * the showcase only.
 */
public record PublicCaseSummary(String reference, CaseKind kind, CaseStatus status, String title, String excerpt,
		String categoryName, String unitName, Instant submittedAt, int supportCount, String latestMessage) {
}
