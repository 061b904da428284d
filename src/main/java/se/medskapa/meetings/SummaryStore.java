package se.medskapa.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static se.medskapa.meetings.MeetingEventStore.ts;

/**
 * Reads and writes {@code meeting_summary} and {@code meeting_idea}, scoped by
 * municipality.
 */
@Component
class SummaryStore {

	private final JdbcClient jdbc;

	SummaryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(long municipalityId, long eventId, String body, boolean published, Instant now) {
		jdbc.sql("""
				insert into meeting_summary (event_id, municipality_id, body, published, updated_at)
				values (?, ?, ?, ?, ?)
				on conflict (event_id) do update set body = excluded.body, published = excluded.published,
				  updated_at = excluded.updated_at
				where meeting_summary.municipality_id = excluded.municipality_id""")
			.params(eventId, municipalityId, body, published, ts(now))
			.update();
	}

	Optional<EventSummary> find(long municipalityId, long eventId) {
		List<EventSummary.Idea> ideas = ideas(municipalityId, eventId);
		return jdbc.sql("select body, published from meeting_summary where event_id = ? and municipality_id = ?")
			.params(eventId, municipalityId)
			.query((rs, row) -> new EventSummary(eventId, rs.getString("body"), rs.getBoolean("published"), ideas))
			.optional()
			.or(() -> ideas.isEmpty() ? Optional.empty() : Optional.of(new EventSummary(eventId, "", false, ideas)));
	}

	long addIdea(long municipalityId, long eventId, String title, String description, Instant now) {
		return jdbc.sql("""
				insert into meeting_idea (municipality_id, event_id, title, description, created_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, eventId, title, description, ts(now))
			.query(Long.class)
			.single();
	}

	/**
	 * The idea, locked until the transaction ends, so that it is sent to the sluice once.
	 */
	Optional<EventSummary.Idea> lockIdea(long municipalityId, long eventId, long ideaId) {
		return jdbc.sql("""
				select id, title, description, case_id, case_reference from meeting_idea
				where id = ? and event_id = ? and municipality_id = ? for update""")
			.params(ideaId, eventId, municipalityId)
			.query((rs, row) -> new EventSummary.Idea(rs.getLong("id"), rs.getString("title"),
					rs.getString("description"), rs.getObject("case_id", Long.class), rs.getString("case_reference")))
			.optional();
	}

	void linkCase(long municipalityId, long ideaId, long caseId, String reference) {
		jdbc.sql("update meeting_idea set case_id = ?, case_reference = ? where id = ? and municipality_id = ?")
			.params(caseId, reference, ideaId, municipalityId)
			.update();
	}

	private List<EventSummary.Idea> ideas(long municipalityId, long eventId) {
		return jdbc.sql("""
				select id, title, description, case_id, case_reference from meeting_idea
				where event_id = ? and municipality_id = ? order by id""")
			.params(eventId, municipalityId)
			.query((rs, row) -> new EventSummary.Idea(rs.getLong("id"), rs.getString("title"),
					rs.getString("description"), rs.getObject("case_id", Long.class), rs.getString("case_reference")))
			.list();
	}

}
