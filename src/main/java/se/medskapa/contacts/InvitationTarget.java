package se.medskapa.contacts;

import java.time.Instant;

/**
 * What an invitation can link to: one of the municipality's published, coming events
 * ({@code EVENT:12}), one of its challenges open for solutions ({@code CHALLENGE:3}), as
 * the official picks it, with the title and the public address the mail carries.
 * {@code startsAt} is the event's start, null for a challenge.
 */
public record InvitationTarget(String value, Kind kind, String title, String url, Instant startsAt) {

	/** What kind of page the invitation links to. */
	public enum Kind {

		EVENT, CHALLENGE, ADDRESS

	}

}
