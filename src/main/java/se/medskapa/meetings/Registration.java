package se.medskapa.meetings;

import java.time.Instant;
import java.time.LocalDateTime;

import se.medskapa.shared.WorkingDays;

/**
 * One registration as the organiser and the registrant's own page show it;
 * {@code checkInCode} is what its QR image in the confirmation mail carries.
 */
public record Registration(long id, long municipalityId, long eventId, long arrival, String name, String email,
		String needs, int places, boolean nameListed, String language, RegistrationStatus status,
		Instant offerExpiresAt, Instant checkedInAt, Instant createdAt, String checkInCode) {

	public LocalDateTime offerExpiresLocal() {
		return offerExpiresAt == null ? null : LocalDateTime.ofInstant(offerExpiresAt, WorkingDays.SWEDEN);
	}

	public boolean active() {
		return status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.WAITLISTED
				|| status == RegistrationStatus.OFFERED;
	}

}
