package se.medskapa.contacts;

import java.util.List;

/**
 * An invitation to a random sample of {@code size} residents matching {@code criteria},
 * sent on behalf of one of the official's units; optionally stratified by quotas such as
 * "at least 4 with {@code AGE_BAND:UNDER_30}".
 */
public record InvitationRequest(SearchCriteria criteria, long unitId, String subject, String body, String link,
		int size, List<Quota> quotas) {

	public InvitationRequest {
		quotas = quotas == null ? List.of() : List.copyOf(quotas);
	}

	/**
	 * At least {@code minimum} of the sample with the facet value, e.g. {@code AREA:12}.
	 */
	public record Quota(String facet, int minimum) {
	}

}
