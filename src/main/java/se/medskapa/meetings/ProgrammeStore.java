package se.medskapa.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes {@code meeting_programme}; every statement is scoped by municipality.
 */
@Component
class ProgrammeStore {

	private static final String SELECT = "select id, municipality_id, title, description, published from meeting_programme";

	private final JdbcClient jdbc;

	ProgrammeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long municipalityId, String title, String description) {
		return jdbc
			.sql("insert into meeting_programme (municipality_id, title, description) values (?, ?, ?) returning id")
			.params(municipalityId, title, description)
			.query(Long.class)
			.single();
	}

	void publish(long municipalityId, long programmeId, boolean published) {
		jdbc.sql("update meeting_programme set published = ? where id = ? and municipality_id = ?")
			.params(published, programmeId, municipalityId)
			.update();
	}

	Optional<Programme> find(long municipalityId, long programmeId) {
		return jdbc.sql(SELECT + " where id = ? and municipality_id = ?")
			.params(programmeId, municipalityId)
			.query(ProgrammeStore::map)
			.optional();
	}

	List<Programme> all(long municipalityId) {
		return jdbc.sql(SELECT + " where municipality_id = ? order by created_at desc, id desc")
			.param(municipalityId)
			.query(ProgrammeStore::map)
			.list();
	}

	private static Programme map(ResultSet rs, int row) throws SQLException {
		return new Programme(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("title"),
				rs.getString("description"), rs.getBoolean("published"));
	}

}
