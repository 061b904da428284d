package se.medskapa.cases.intake;

/**
 * The public version of a case a coach has published: the reviewed title and text, its
 * status as a message key suffix ({@code caseStatus.<status>}) and its supports.
 */
public record PublishedCase(long caseId, String reference, String title, String description, String status,
		int supportCount) {
}
