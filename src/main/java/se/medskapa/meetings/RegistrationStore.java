package se.medskapa.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.shared.SecureTokens;

import static se.medskapa.meetings.MeetingEventStore.instant;
import static se.medskapa.meetings.MeetingEventStore.ts;

/**
 * Reads and writes {@code meeting_registration} and its signed links; every statement is
 * scoped by municipality. Callers hold the event's lock ({@link MeetingEventStore#lock})
 * for every change of status.
 */
@Component
class RegistrationStore {

	private static final String SELECT = """
			select id, municipality_id, event_id, arrival, name, email, needs, places, name_listed, language, status,
			  offer_expires_at, checked_in_at, created_at, check_in_code
			from meeting_registration""";

	private final JdbcClient jdbc;

	RegistrationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the registration with the arrival number its decision took
	 * ({@link MeetingEventStore#decide}) and returns it.
	 */
	Registration insert(long municipalityId, long eventId, long arrival, Registrant registrant, Long residentId,
			RegistrationStatus status, String checkInCode, Instant now) {
		return jdbc.sql("""
				insert into meeting_registration (municipality_id, event_id, arrival, name, email, needs, places,
				  name_listed, language, resident_id, status, check_in_code, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id, municipality_id, event_id, arrival, name, email, needs, places, name_listed, language,
				  status, offer_expires_at, checked_in_at, created_at, check_in_code""")
			.params(municipalityId, eventId, arrival, registrant.name(), registrant.email(), registrant.needs(),
					registrant.places(), registrant.nameListed(), registrant.language(), residentId, status.name(),
					checkInCode, ts(now))
			.query(RegistrationStore::map)
			.single();
	}

	/** 1 for the first in line. */
	int waitlistPosition(long municipalityId, long eventId, long arrival) {
		return jdbc.sql("""
				select count(*) from meeting_registration where event_id = ? and municipality_id = ?
				  and status = 'WAITLISTED' and arrival <= ?""")
			.params(eventId, municipalityId, arrival)
			.query(Integer.class)
			.single();
	}

	Optional<Registration> firstWaiting(long municipalityId, long eventId) {
		return jdbc
			.sql(SELECT + " where event_id = ? and municipality_id = ? and status = 'WAITLISTED' "
					+ "order by arrival limit 1")
			.params(eventId, municipalityId)
			.query(RegistrationStore::map)
			.optional();
	}

	void setStatus(long municipalityId, long registrationId, RegistrationStatus status, Instant offerExpiresAt,
			Instant now) {
		jdbc.sql("""
				update meeting_registration set status = ?, offer_expires_at = ?,
				  cancelled_at = case when ? in ('CANCELLED', 'LAPSED') then ? else cancelled_at end
				where id = ? and municipality_id = ?""")
			.params(status.name(), ts(offerExpiresAt), status.name(), ts(now), registrationId, municipalityId)
			.update();
	}

	Optional<Registration> find(long municipalityId, long registrationId) {
		return jdbc.sql(SELECT + " where id = ? and municipality_id = ?")
			.params(registrationId, municipalityId)
			.query(RegistrationStore::map)
			.optional();
	}

	Optional<Registration> byToken(long municipalityId, String token) {
		return jdbc
			.sql(SELECT + " where municipality_id = ? and id = (select registration_id from "
					+ "meeting_registration_token where token_hash = ? and municipality_id = ?)")
			.params(municipalityId, SecureTokens.hash(token), municipalityId)
			.query(RegistrationStore::map)
			.optional();
	}

	/** Every registration of the event, in order of arrival. */
	List<Registration> ofEvent(long municipalityId, long eventId) {
		return jdbc.sql(SELECT + " where event_id = ? and municipality_id = ? order by arrival")
			.params(eventId, municipalityId)
			.query(RegistrationStore::map)
			.list();
	}

	/** The lapsed offers' events, each once. */
	List<long[]> eventsWithLapsedOffers(Instant now) {
		return jdbc.sql("""
				select distinct municipality_id, event_id from meeting_registration
				where status = 'OFFERED' and offer_expires_at <= ?""")
			.params(ts(now))
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

	List<Registration> lapsedOffers(long municipalityId, long eventId, Instant now) {
		return jdbc
			.sql(SELECT + " where event_id = ? and municipality_id = ? and status = 'OFFERED' "
					+ "and offer_expires_at <= ? order by arrival")
			.params(eventId, municipalityId, ts(now))
			.query(RegistrationStore::map)
			.list();
	}

	/**
	 * Claims, atomically, the confirmed registrations of events starting in the window
	 * that have had no reminder: two runs never remind anyone twice.
	 */
	List<Registration> claimReminders(Instant from, Instant to, Instant now) {
		return jdbc.sql("""
				update meeting_registration r set reminded_at = ?
				from meeting_event e
				where e.id = r.event_id and e.municipality_id = r.municipality_id and e.published
				  and e.starts_at >= ? and e.starts_at < ? and r.status = 'CONFIRMED' and r.reminded_at is null
				returning r.id, r.municipality_id, r.event_id, r.arrival, r.name, r.email, r.needs, r.places,
				  r.name_listed, r.language, r.status, r.offer_expires_at, r.checked_in_at, r.created_at,
				  r.check_in_code""").params(ts(now), ts(from), ts(to)).query(RegistrationStore::map).list();
	}

	/**
	 * @return whether a confirmed registration of the event was marked
	 */
	boolean checkIn(long municipalityId, long eventId, long registrationId, Instant at) {
		return jdbc.sql("""
				update meeting_registration set checked_in_at = ?
				where id = ? and event_id = ? and municipality_id = ? and status = 'CONFIRMED'""")
			.params(ts(at), registrationId, eventId, municipalityId)
			.update() == 1;
	}

	/**
	 * The active registrations of the resident, or of the address when no resident is
	 * given, for the programme's events; soonest event first.
	 */
	List<Registration> activeInProgramme(long municipalityId, long programmeId, Long residentId, String email) {
		return jdbc
			.sql("""
					select r.id, r.municipality_id, r.event_id, r.arrival, r.name, r.email, r.needs, r.places,
					  r.name_listed, r.language, r.status, r.offer_expires_at, r.checked_in_at, r.created_at, r.check_in_code
					from meeting_registration r
					join meeting_event e on e.id = r.event_id and e.municipality_id = r.municipality_id
					where r.municipality_id = ? and e.programme_id = ?
					  and r.status in ('CONFIRMED', 'WAITLISTED', 'OFFERED')
					  and (r.resident_id = ? or (?::bigint is null and lower(r.email) = lower(?)))
					order by e.starts_at, e.id""")
			.params(municipalityId, programmeId, residentId, residentId, email)
			.query(RegistrationStore::map)
			.list();
	}

	String issueToken(long municipalityId, long registrationId, Instant now) {
		String token = SecureTokens.newToken();
		issueTokens(municipalityId, registrationId, now, token);
		return token;
	}

	/**
	 * Stores signed links made beforehand ({@link SecureTokens#newToken}), in one
	 * statement.
	 */
	void issueTokens(long municipalityId, long registrationId, Instant now, String... tokens) {
		String[] hashes = new String[tokens.length];
		for (int i = 0; i < tokens.length; i++) {
			hashes[i] = SecureTokens.hash(tokens[i]);
		}
		jdbc.sql("""
				insert into meeting_registration_token (token_hash, municipality_id, registration_id, created_at)
				select hash, ?, ?, ? from unnest(?::text[]) as hash""")
			.params(municipalityId, registrationId, ts(now), hashes)
			.update();
	}

	/** The resident's registrations, in every municipality. */
	List<Registration> ofResident(long residentId) {
		return jdbc.sql(SELECT + " where resident_id = ? order by created_at, id")
			.param(residentId)
			.query(RegistrationStore::map)
			.list();
	}

	/**
	 * Erases name, address and needs of the resident's registrations (none active any
	 * more) and their signed links.
	 */
	void anonymise(long residentId) {
		jdbc.sql("""
				delete from meeting_registration_token t using meeting_registration r
				where t.registration_id = r.id and t.municipality_id = r.municipality_id and r.resident_id = ?""")
			.param(residentId)
			.update();
		jdbc.sql("""
				update meeting_registration set name = '', email = '', needs = null, name_listed = false,
				  resident_id = null
				where resident_id = ?""").param(residentId).update();
	}

	private static Registration map(ResultSet rs, int row) throws SQLException {
		return new Registration(rs.getLong("id"), rs.getLong("municipality_id"), rs.getLong("event_id"),
				rs.getLong("arrival"), rs.getString("name"), rs.getString("email"), rs.getString("needs"),
				rs.getInt("places"), rs.getBoolean("name_listed"), rs.getString("language"),
				RegistrationStatus.valueOf(rs.getString("status")), instant(rs, "offer_expires_at"),
				instant(rs, "checked_in_at"), instant(rs, "created_at"), rs.getString("check_in_code"));
	}

}
