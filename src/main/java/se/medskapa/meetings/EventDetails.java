package se.medskapa.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What staff give for an event: everything but its identity, places taken and
 * publication. {@code invitedEmails} matter for invited-only events; the registration
 * window is open on either side when a bound is null.
 */
public record EventDetails(long unitId, EventKind kind, String title, String description, Instant startsAt,
		Instant endsAt, String place, String onlineLink, String accessibilityInfo, Audience audience,
		List<String> invitedEmails, int capacity, Instant registrationOpensAt, Instant registrationClosesAt,
		int groupLimit, Promotion promotion, int offerHours, String organiserName, String organiserEmail) {

	public EventDetails {
		invitedEmails = invitedEmails == null ? List.of()
				: invitedEmails.stream()
					.map(String::strip)
					.filter(email -> !email.isEmpty())
					.map(email -> email.toLowerCase(Locale.ROOT))
					.distinct()
					.toList();
	}

	/** The same details at another time (one date of a series). */
	EventDetails at(Instant start, Instant end, Instant opens, Instant closes) {
		return new EventDetails(unitId, kind, title, description, start, end, place, onlineLink, accessibilityInfo,
				audience, invitedEmails, capacity, opens, closes, groupLimit, promotion, offerHours, organiserName,
				organiserEmail);
	}

}
