package se.medskapa.meetings;

/** What happens to the first in line on the waitlist when places are freed. */
public enum Promotion {

	/** Registered at once and told by mail. */
	DIRECT,
	/** Offered the places for the event's offer hours; an offer not taken passes on. */
	OFFER

}
