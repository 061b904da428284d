package se.medskapa.contacts;

import java.util.List;

/**
 * An invitation to the pseudonyms the official picked from the search's rows
 * ({@code selection}), or else to a random sample of {@code size} residents matching
 * {@code criteria}, sent on behalf of one of the official's units; optionally stratified
 * by quotas such as "at least 4 with {@code AGE_BAND:UNDER_30}". It links to a free
 * address ({@code link}) or to one of the municipality's events or challenges
 * ({@code target}, the {@link InvitationTarget#value()} such as {@code EVENT:12}), not
 * both.
 */
public record InvitationRequest(SearchCriteria criteria, long unitId, String subject, String body, String link,
		int size, List<Quota> quotas, List<String> selection, String target) {

	public InvitationRequest {
		quotas = quotas == null ? List.of() : List.copyOf(quotas);
		selection = selection == null ? List.of() : selection.stream().distinct().toList();
		target = target == null || target.isBlank() ? null : target.strip();
	}

	/** Without a linked event or challenge. */
	public InvitationRequest(SearchCriteria criteria, long unitId, String subject, String body, String link, int size,
			List<Quota> quotas, List<String> selection) {
		this(criteria, unitId, subject, body, link, size, quotas, selection, null);
	}

	/** A random sample, without a hand-picked selection. */
	public InvitationRequest(SearchCriteria criteria, long unitId, String subject, String body, String link, int size,
			List<Quota> quotas) {
		this(criteria, unitId, subject, body, link, size, quotas, List.of(), null);
	}

	/**
	 * At least {@code minimum} of the sample with the facet value, e.g. {@code AREA:12}.
	 */
	public record Quota(String facet, int minimum) {
	}

}
