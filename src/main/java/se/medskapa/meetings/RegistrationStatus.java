package se.medskapa.meetings;

/** Where a registration stands. */
public enum RegistrationStatus {

	/** Holds its places. */
	CONFIRMED,
	/** In line for places, in order of arrival. */
	WAITLISTED,
	/** Offered places, held for it until the offer lapses. */
	OFFERED,
	/** Cancelled, or left the waitlist. */
	CANCELLED,
	/** An offer not taken in time. */
	LAPSED;

	/** Whether the registration holds places of the capacity. */
	public boolean holdsPlaces() {
		return this == CONFIRMED || this == OFFERED;
	}

}
