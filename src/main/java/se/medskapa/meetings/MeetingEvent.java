package se.medskapa.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import se.medskapa.shared.WorkingDays;

/**
 * An event as its pages show it, with the places taken (confirmed and offered) and the
 * places waiting; {@code programmeId} is the programme it belongs to, if any.
 */
public record MeetingEvent(long id, long municipalityId, long unitId, String unitName, Long seriesId, String uid,
		EventKind kind, String title, String description, Instant startsAt, Instant endsAt, String place,
		String onlineLink, String accessibilityInfo, Audience audience, List<String> invitedEmails, int capacity,
		int taken, int waiting, Instant registrationOpensAt, Instant registrationClosesAt, int groupLimit,
		Promotion promotion, int offerHours, String organiserName, String organiserEmail, boolean published,
		int sequence, Long programmeId) {

	public LocalDateTime startsLocal() {
		return LocalDateTime.ofInstant(startsAt, WorkingDays.SWEDEN);
	}

	public LocalDateTime endsLocal() {
		return LocalDateTime.ofInstant(endsAt, WorkingDays.SWEDEN);
	}

	public int placesLeft() {
		return Math.max(0, capacity - taken);
	}

	/** Whether registration is open at this instant (published, within the window). */
	public boolean registrationOpen(Instant now) {
		return published && now.isBefore(startsAt)
				&& (registrationOpensAt == null || !now.isBefore(registrationOpensAt))
				&& (registrationClosesAt == null || now.isBefore(registrationClosesAt));
	}

	public EventDetails details() {
		return new EventDetails(unitId, kind, title, description, startsAt, endsAt, place, onlineLink,
				accessibilityInfo, audience, invitedEmails, capacity, registrationOpensAt, registrationClosesAt,
				groupLimit, promotion, offerHours, organiserName, organiserEmail);
	}

}
