package se.medskapa.contacts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import se.medskapa.shared.Timestamps;

/**
 * Reading contact_member rows, arrays included, with the number of this year's searches
 * since joining whose filters the entry meets as it is now.
 */
final class MemberRows {

	static final String COLUMNS = """
			m.id, m.municipality_id, m.pseudonym, m.topics, m.districts, m.ways, m.frequency, m.language,
			m.accessibility_needs, m.age_band, m.residence_district_id, m.occupation, m.school_parent,
			c.version as consent_version, m.consented_at, m.consent_expires_at, m.withdrawn_at,
			(select count(*) from contact_search s
			 where s.municipality_id = m.municipality_id and not s.refused and s.searched_at >= greatest(m.joined_at, ?)
			   and (s.topic_id is null or m.topics @> array[s.topic_id])
			   and (s.district_id is null or m.districts @> array[s.district_id])
			   and (s.way is null or m.ways @> array[s.way]) and (s.language is null or s.language = m.language)
			   and (s.age_band is null or s.age_band is not distinct from m.age_band)
			   and (s.residence_district_id is null or s.residence_district_id is not distinct from m.residence_district_id)
			   and (s.occupation is null or s.occupation is not distinct from m.occupation)
			   and (s.school_parent is null or s.school_parent is not distinct from m.school_parent)) as matches_this_year""";

	static final String FROM = " from contact_member m join contact_consent_text c on c.id = m.consent_text_id ";

	private MemberRows() {
	}

	/**
	 * A row of {@link #COLUMNS}; their one parameter is the start of this year, at which
	 * "matched this year" begins.
	 */
	static Membership membership(ResultSet rs) throws SQLException {
		return new Membership(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("pseudonym"),
				longs(rs.getArray("topics")), longs(rs.getArray("districts")), strings(rs.getArray("ways")),
				rs.getString("frequency"), rs.getString("language"), strings(rs.getArray("accessibility_needs")),
				rs.getString("age_band"), rs.getObject("residence_district_id", Long.class), rs.getString("occupation"),
				rs.getObject("school_parent", Boolean.class), rs.getInt("consent_version"),
				Timestamps.instant(rs.getTimestamp("consented_at")),
				Timestamps.instant(rs.getTimestamp("consent_expires_at")),
				Timestamps.instant(rs.getTimestamp("withdrawn_at")), rs.getInt("matches_this_year"));
	}

	static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
