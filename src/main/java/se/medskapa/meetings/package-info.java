/**
 * Meetings: events a unit arranges (future workshops, idea cafés, lectures, breakfast
 * meetings) and registration for them that never overbooks. Capacity is kept by the
 * database: every registration and cancellation locks the event's row, so parallel
 * registrations are decided one after another, and a check keeps the places taken within
 * the capacity. A full event keeps a waitlist in order of arrival; a freed place goes to
 * the first in line, at once or as an offer valid for some hours. Every mail carries a
 * signed link to cancel or leave the waitlist, and confirmations a calendar entry
 * ({@code .ics}) and the confirmations a QR code for check-in. Programmes group many
 * events of several units under the same engine. Ideas from an event's summary become
 * cases through {@code cases :: intake}.
 */
@ApplicationModule(allowedDependencies = { "municipalities", "accounts", "accounts :: events", "accounts :: spi",
		"notifications", "cases :: intake", "challenges :: spi", "shared" })
package se.medskapa.meetings;

import org.springframework.modulith.ApplicationModule;
