package se.medskapa.contacts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import se.medskapa.shared.Timestamps;

/** Reading contact_member rows, arrays included. */
final class MemberRows {

	static final String COLUMNS = """
			m.id, m.municipality_id, m.pseudonym, m.topics, m.districts, m.ways, m.frequency, m.language,
			m.accessibility_needs, m.age_band, m.residence_district_id, m.occupation, m.school_parent,
			c.version as consent_version, m.consented_at, m.consent_expires_at, m.withdrawn_at,
			m.match_year, m.match_count""";

	static final String FROM = " from contact_member m join contact_consent_text c on c.id = m.consent_text_id ";

	private MemberRows() {
	}

	static Membership membership(ResultSet rs, int thisYear) throws SQLException {
		return new Membership(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("pseudonym"),
				longs(rs.getArray("topics")), longs(rs.getArray("districts")), strings(rs.getArray("ways")),
				rs.getString("frequency"), rs.getString("language"), strings(rs.getArray("accessibility_needs")),
				rs.getString("age_band"), rs.getObject("residence_district_id", Long.class), rs.getString("occupation"),
				rs.getObject("school_parent", Boolean.class), rs.getInt("consent_version"),
				Timestamps.instant(rs.getTimestamp("consented_at")),
				Timestamps.instant(rs.getTimestamp("consent_expires_at")),
				Timestamps.instant(rs.getTimestamp("withdrawn_at")),
				rs.getInt("match_year") == thisYear ? rs.getInt("match_count") : 0);
	}

	static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
