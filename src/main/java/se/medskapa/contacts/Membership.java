package se.medskapa.contacts;

import java.time.Instant;
import java.util.List;

/** A resident's entry in one municipality's bank, as the resident sees it. */
public record Membership(long id, long municipalityId, String pseudonym, List<Long> topics, List<Long> districts,
		List<String> ways, String frequency, String language, List<String> accessibilityNeeds, String ageBand,
		Long residenceDistrictId, String occupation, Boolean schoolParent, int consentVersion, Instant consentedAt,
		Instant consentExpiresAt, Instant withdrawnAt, int matchesThisYear) {

	public boolean active(Instant now) {
		return withdrawnAt == null && consentExpiresAt.isAfter(now);
	}

}
