package se.medskapa.challenges;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.shared.Timestamps;

import static se.medskapa.shared.Text.blankToNull;

/** The repository of challenges: the one place that writes {@code challenge}. */
@Component
class Challenges {

	private final JdbcClient jdbc;

	private final Clock clock;

	Challenges(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Challenge> find(long municipalityId, long id) {
		return jdbc.sql("select * from challenge where municipality_id = ? and id = ?")
			.params(municipalityId, id)
			.query(Challenges::challenge)
			.optional();
	}

	long insert(Challenge challenge, long staffId) {
		ChallengeDraft d = challenge.texts();
		return jdbc.sql("""
				insert into challenge (municipality_id, unit_id, status, title, problem, affected, criteria, offer,
				                       deadline, contact_name, contact_email, created_by_staff, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(challenge.municipalityId(), d.unitId(), challenge.status().name(), d.title().strip(),
					d.problem().strip(), text(d.affected()), d.criteria().strip(), text(d.offer()), d.deadline(),
					d.contactName().strip(), blankToNull(d.contactEmail()), staffId, Timestamps.of(clock.instant()))
			.query(Long.class)
			.single();
	}

	/** Saves the state; throws when someone else saved it since it was read. */
	void save(Challenge challenge, long staffId) {
		ChallengeDraft d = challenge.texts();
		int updated = jdbc.sql("""
				update challenge set unit_id = ?, status = ?, title = ?, problem = ?, affected = ?, criteria = ?,
				       offer = ?, deadline = ?, contact_name = ?, contact_email = ?, published_at = ?, updated_at = ?,
				       decided_at = ?, decision_summary = ?, version = version + 1
				where id = ? and municipality_id = ? and version = ?""")
			.params(d.unitId(), challenge.status().name(), d.title().strip(), d.problem().strip(), text(d.affected()),
					d.criteria().strip(), text(d.offer()), d.deadline(), d.contactName().strip(),
					blankToNull(d.contactEmail()), Timestamps.of(challenge.publishedAt()),
					Timestamps.of(challenge.updatedAt()), Timestamps.of(challenge.decidedAt()),
					challenge.decisionSummary(), challenge.id(), challenge.municipalityId(), challenge.version())
			.update();
		if (updated != 1) {
			throw new ChallengeRefusedException("challenge.error.concurrent");
		}
		if (challenge.editedAfterPublication()) {
			jdbc.sql(
					"""
							insert into challenge_edit (municipality_id, challenge_id, staff_id, edited_at) values (?, ?, ?, ?)""")
				.params(challenge.municipalityId(), challenge.id(), staffId, Timestamps.of(challenge.updatedAt()))
				.update();
		}
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	static Challenge challenge(ResultSet rs, int row) throws SQLException {
		ChallengeDraft draft = new ChallengeDraft(rs.getLong("unit_id"), rs.getString("title"), rs.getString("problem"),
				rs.getString("affected"), rs.getString("criteria"), rs.getString("offer"),
				rs.getObject("deadline", LocalDate.class), rs.getString("contact_name"), rs.getString("contact_email"));
		return new Challenge(rs.getLong("id"), rs.getLong("municipality_id"), rs.getInt("version"), draft,
				ChallengeStatus.valueOf(rs.getString("status")), Timestamps.instant(rs.getTimestamp("published_at")),
				Timestamps.instant(rs.getTimestamp("updated_at")), Timestamps.instant(rs.getTimestamp("decided_at")),
				rs.getString("decision_summary"));
	}

}
