package se.medskapa.meetings;

import java.util.List;

/**
 * An event's figures: places confirmed and checked in (and the registrations behind
 * them), places waiting, and registrations cancelled or lapsed.
 */
public record Attendance(int confirmedRegistrations, int confirmedPlaces, int arrivedRegistrations, int arrivedPlaces,
		int waitlistedPlaces, int offeredPlaces, int cancelledRegistrations) {

	static Attendance of(List<Registration> registrations) {
		int confirmed = 0;
		int confirmedPlaces = 0;
		int arrived = 0;
		int arrivedPlaces = 0;
		int waiting = 0;
		int offered = 0;
		int cancelled = 0;
		for (Registration registration : registrations) {
			switch (registration.status()) {
				case CONFIRMED -> {
					confirmed++;
					confirmedPlaces += registration.places();
					if (registration.checkedInAt() != null) {
						arrived++;
						arrivedPlaces += registration.places();
					}
				}
				case WAITLISTED -> waiting += registration.places();
				case OFFERED -> offered += registration.places();
				case CANCELLED, LAPSED -> cancelled++;
			}
		}
		return new Attendance(confirmed, confirmedPlaces, arrived, arrivedPlaces, waiting, offered, cancelled);
	}

}
