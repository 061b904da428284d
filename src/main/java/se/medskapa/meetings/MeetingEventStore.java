package se.medskapa.meetings;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes {@code meeting_event}; every statement is scoped by municipality. */
@Component
class MeetingEventStore {

	static final String SELECT = """
			select e.id, e.municipality_id, e.unit_id, u.name as unit_name, e.series_id, e.uid, e.kind, e.title,
			  e.description, e.starts_at, e.ends_at, e.place, e.online_link, e.accessibility_info, e.audience,
			  e.invited_emails, e.capacity, e.taken,
			  (select coalesce(sum(r.places), 0) from meeting_registration r
			    where r.event_id = e.id and r.status = 'WAITLISTED') as waiting,
			  e.registration_opens_at, e.registration_closes_at, e.group_limit, e.promotion, e.offer_hours,
			  e.organiser_name, e.organiser_email, e.published, e.sequence, e.programme_id
			from meeting_event e join unit u on u.id = e.unit_id and u.municipality_id = e.municipality_id
			""";

	private final JdbcClient jdbc;

	MeetingEventStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long municipalityId, Long seriesId, EventDetails details, String uidDomain) {
		return jdbc.sql("""
				insert into meeting_event (municipality_id, unit_id, series_id, uid, kind, title, description,
				  starts_at, ends_at, place, online_link, accessibility_info, audience, invited_emails, capacity,
				  registration_opens_at, registration_closes_at, group_limit, promotion, offer_hours,
				  organiser_name, organiser_email)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, details.unitId(), seriesId, UUID.randomUUID() + "@" + uidDomain,
					details.kind().name(), details.title(), details.description(), ts(details.startsAt()),
					ts(details.endsAt()), details.place(), details.onlineLink(), details.accessibilityInfo(),
					details.audience().name(), details.invitedEmails().toArray(String[]::new), details.capacity(),
					ts(details.registrationOpensAt()), ts(details.registrationClosesAt()), details.groupLimit(),
					details.promotion().name(), details.offerHours(), details.organiserName(), details.organiserEmail())
			.query(Long.class)
			.single();
	}

	/**
	 * Writes the details; a change of time or place raises the calendar sequence.
	 * @return whether time or place changed
	 */
	boolean update(long municipalityId, long eventId, EventDetails details) {
		return jdbc.sql("""
				update meeting_event e set unit_id = ?, kind = ?, title = ?, description = ?, starts_at = ?,
				  ends_at = ?, place = ?, online_link = ?, accessibility_info = ?, audience = ?, invited_emails = ?,
				  capacity = ?, registration_opens_at = ?, registration_closes_at = ?, group_limit = ?,
				  promotion = ?, offer_hours = ?, organiser_name = ?, organiser_email = ?,
				  sequence = e.sequence + case when (e.starts_at, e.ends_at, e.place, e.online_link)
				    is distinct from (?::timestamptz, ?::timestamptz, ?::text, ?::text) then 1 else 0 end,
				  version = e.version + 1
				from meeting_event old
				where e.id = ? and e.municipality_id = ? and old.id = e.id
				returning e.sequence <> old.sequence""")
			.params(details.unitId(), details.kind().name(), details.title(), details.description(),
					ts(details.startsAt()), ts(details.endsAt()), details.place(), details.onlineLink(),
					details.accessibilityInfo(), details.audience().name(),
					details.invitedEmails().toArray(String[]::new), details.capacity(),
					ts(details.registrationOpensAt()), ts(details.registrationClosesAt()), details.groupLimit(),
					details.promotion().name(), details.offerHours(), details.organiserName(), details.organiserEmail(),
					ts(details.startsAt()), ts(details.endsAt()), details.place(), details.onlineLink(), eventId,
					municipalityId)
			.query(Boolean.class)
			.single();
	}

	void publish(long municipalityId, long eventId, boolean published) {
		jdbc.sql("update meeting_event set published = ?, version = version + 1 where id = ? and municipality_id = ?")
			.params(published, eventId, municipalityId)
			.update();
	}

	Optional<MeetingEvent> find(long municipalityId, long eventId) {
		return jdbc.sql(SELECT + " where e.id = ? and e.municipality_id = ?")
			.params(eventId, municipalityId)
			.query(MeetingEventStore::map)
			.optional();
	}

	/**
	 * Locks the event's row until the transaction ends: registrations and cancellations
	 * of one event are decided one after another.
	 */
	Optional<MeetingEvent> lock(long municipalityId, long eventId) {
		Optional<Long> locked = jdbc
			.sql("select id from meeting_event where id = ? and municipality_id = ? for no key update")
			.params(eventId, municipalityId)
			.query(Long.class)
			.optional();
		return locked.flatMap(id -> find(municipalityId, id));
	}

	/**
	 * Decides a new registration in one statement, which takes the event's row lock until
	 * the transaction ends: the next arrival number, and the places when they fit and
	 * nobody waits (a group keeps its place in line). Empty when the event is not found
	 * or not published.
	 */
	Optional<Decision> decide(long municipalityId, long eventId, int places) {
		return jdbc.sql("""
				with locked as (
				  select id, waitlisted, waitlisted = 0 and taken + ? <= capacity as fits from meeting_event
				  where id = ? and municipality_id = ? and published for no key update)
				update meeting_event e set arrivals = e.arrivals + 1,
				  taken = e.taken + case when locked.fits then ? else 0 end
				from locked where e.id = locked.id
				returning e.arrivals, locked.fits, locked.waitlisted""")
			.params(places, eventId, municipalityId, places)
			.query((rs, row) -> new Decision(rs.getLong(1), rs.getBoolean(2), rs.getInt(3) + 1))
			.optional();
	}

	/**
	 * A registration's decision: its arrival, whether it is confirmed, and else its place
	 * on the waitlist (1 for the first in line).
	 */
	record Decision(long arrival, boolean fits, int position) {
	}

	void addTaken(long municipalityId, long eventId, int places) {
		jdbc.sql("update meeting_event set taken = taken + ? where id = ? and municipality_id = ?")
			.params(places, eventId, municipalityId)
			.update();
	}

	/** Published events that end after the instant, soonest first. */
	List<MeetingEvent> comingPublished(long municipalityId, Instant after, int limit) {
		return jdbc
			.sql(SELECT + " where e.municipality_id = ? and e.published and e.ends_at > ? "
					+ "order by e.starts_at, e.id limit ?")
			.params(municipalityId, ts(after), limit)
			.query(MeetingEventStore::map)
			.list();
	}

	/**
	 * The unit that organises the municipality's future workshops: that of the next
	 * published one to come, else of the latest one held.
	 */
	Optional<Long> workshopUnit(long municipalityId, Instant now) {
		return jdbc.sql("""
				select unit_id from meeting_event
				where municipality_id = ? and kind = 'FUTURE_WORKSHOP' and published
				order by starts_at < ?, case when starts_at >= ? then starts_at end, starts_at desc, id
				limit 1""").params(municipalityId, ts(now), ts(now)).query(Long.class).optional();
	}

	/** Every event of the units (all of them when null), newest start first. */
	List<MeetingEvent> ofUnits(long municipalityId, List<Long> unitIds, int limit) {
		if (unitIds == null) {
			return jdbc.sql(SELECT + " where e.municipality_id = ? order by e.starts_at desc, e.id desc limit ?")
				.params(municipalityId, limit)
				.query(MeetingEventStore::map)
				.list();
		}
		return jdbc
			.sql(SELECT + " where e.municipality_id = ? and e.unit_id = any(?) "
					+ "order by e.starts_at desc, e.id desc limit ?")
			.params(municipalityId, unitIds.toArray(Long[]::new), limit)
			.query(MeetingEventStore::map)
			.list();
	}

	long insertMessage(long municipalityId, long eventId, long staffId, String subject, String body, Instant now) {
		return jdbc.sql("""
				insert into meeting_message (municipality_id, event_id, staff_id, subject, body, recipients, sent_at)
				values (?, ?, ?, ?, ?, 0, ?) returning id""")
			.params(municipalityId, eventId, staffId, subject, body, ts(now))
			.query(Long.class)
			.single();
	}

	void countRecipients(long municipalityId, long messageId, int recipients) {
		jdbc.sql("update meeting_message set recipients = ? where id = ? and municipality_id = ?")
			.params(recipients, messageId, municipalityId)
			.update();
	}

	/** The messages sent to the event's registrants, newest first. */
	List<SentMessage> messages(long municipalityId, long eventId) {
		return jdbc.sql("""
				select subject, body, recipients, sent_at from meeting_message
				where event_id = ? and municipality_id = ? order by sent_at desc, id desc""")
			.params(eventId, municipalityId)
			.query((rs, row) -> new SentMessage(rs.getString("subject"), rs.getString("body"), rs.getInt("recipients"),
					instant(rs, "sent_at")))
			.list();
	}

	/** Sets or clears the event's programme. */
	void assignProgramme(long municipalityId, long eventId, Long programmeId) {
		jdbc.sql(
				"update meeting_event set programme_id = ?, version = version + 1 where id = ? and municipality_id = ?")
			.params(programmeId, eventId, municipalityId)
			.update();
	}

	/** The programme's events, soonest first; only published ones when asked. */
	List<MeetingEvent> ofProgramme(long municipalityId, long programmeId, boolean publishedOnly) {
		return jdbc
			.sql(SELECT + " where e.municipality_id = ? and e.programme_id = ?"
					+ (publishedOnly ? " and e.published" : "") + " order by e.starts_at, e.id")
			.params(municipalityId, programmeId)
			.query(MeetingEventStore::map)
			.list();
	}

	long insertSeries(long municipalityId, String title) {
		return jdbc.sql("insert into meeting_series (municipality_id, title) values (?, ?) returning id")
			.params(municipalityId, title)
			.query(Long.class)
			.single();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static MeetingEvent map(ResultSet rs, int row) throws SQLException {
		Array invited = rs.getArray("invited_emails");
		List<String> emails = invited == null ? List.of() : Arrays.asList((String[]) invited.getArray());
		Long series = rs.getObject("series_id", Long.class);
		return new MeetingEvent(rs.getLong("id"), rs.getLong("municipality_id"), rs.getLong("unit_id"),
				rs.getString("unit_name"), series, rs.getString("uid"), EventKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("description"), instant(rs, "starts_at"), instant(rs, "ends_at"),
				rs.getString("place"), rs.getString("online_link"), rs.getString("accessibility_info"),
				Audience.valueOf(rs.getString("audience")), emails, rs.getInt("capacity"), rs.getInt("taken"),
				rs.getInt("waiting"), instant(rs, "registration_opens_at"), instant(rs, "registration_closes_at"),
				rs.getInt("group_limit"), Promotion.valueOf(rs.getString("promotion")), rs.getInt("offer_hours"),
				rs.getString("organiser_name"), rs.getString("organiser_email"), rs.getBoolean("published"),
				rs.getInt("sequence"), rs.getObject("programme_id", Long.class));
	}

}
