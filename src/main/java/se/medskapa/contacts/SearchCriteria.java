package se.medskapa.contacts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * What an official searches for: each filter optional (null), all given ones must hold.
 */
public record SearchCriteria(Long topicId, Long districtId, WayOfTakingPart way, String language, String ageBand,
		Long residenceDistrictId, String occupation, Boolean schoolParent) {

	public static SearchCriteria none() {
		return new SearchCriteria(null, null, null, null, null, null, null, null);
	}

	/**
	 * The SQL condition on {@code contact_member m} for these filters, active entries of
	 * the municipality only; {@code params} receives the values in order.
	 */
	String where(long municipalityId, Instant now, List<Object> params) {
		String base = active(municipalityId, now, params);
		String filters = filters(params);
		return filters.equals("true") ? base : base + " and " + filters;
	}

	/**
	 * The condition on active entries of the municipality, without the filters.
	 */
	static String active(long municipalityId, Instant now, List<Object> params) {
		params.add(municipalityId);
		params.add(Timestamp.from(now));
		return "m.municipality_id = ? and m.withdrawn_at is null and m.consent_expires_at > ?";
	}

	/**
	 * The filters alone as one SQL condition on {@code contact_member m} ({@code true}
	 * when there are none); {@code params} receives the values in order.
	 */
	String filters(List<Object> params) {
		StringJoiner sql = new StringJoiner(" and ");
		if (topicId != null) {
			sql.add("m.topics @> array[?::bigint]");
			params.add(topicId);
		}
		if (districtId != null) {
			sql.add("m.districts @> array[?::bigint]");
			params.add(districtId);
		}
		if (way != null) {
			sql.add("m.ways @> array[?::text]");
			params.add(way.name());
		}
		if (language != null) {
			sql.add("m.language = ?");
			params.add(language);
		}
		if (ageBand != null) {
			sql.add("m.age_band = ?");
			params.add(ageBand);
		}
		if (residenceDistrictId != null) {
			sql.add("m.residence_district_id = ?");
			params.add(residenceDistrictId);
		}
		if (occupation != null) {
			sql.add("m.occupation = ?");
			params.add(occupation);
		}
		if (schoolParent != null) {
			sql.add("m.school_parent = ?");
			params.add(schoolParent);
		}
		return sql.length() == 0 ? "true" : sql.toString();
	}

	/** The filters as the audit log keeps them, e.g. {@code topic=3; way=WORKSHOP}. */
	String describe() {
		StringJoiner text = new StringJoiner("; ");
		List<Object[]> filters = new ArrayList<>();
		filters.add(new Object[] { "topic", topicId });
		filters.add(new Object[] { "area", districtId });
		filters.add(new Object[] { "way", way });
		filters.add(new Object[] { "language", language });
		filters.add(new Object[] { "ageBand", ageBand });
		filters.add(new Object[] { "residence", residenceDistrictId });
		filters.add(new Object[] { "occupation", occupation });
		filters.add(new Object[] { "schoolParent", schoolParent });
		filters.stream().filter(filter -> filter[1] != null).forEach(filter -> text.add(filter[0] + "=" + filter[1]));
		return text.length() == 0 ? "-" : text.toString();
	}

}
