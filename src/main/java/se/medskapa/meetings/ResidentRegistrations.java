package se.medskapa.meetings;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.events.ResidentAccountDeleted;
import se.medskapa.accounts.spi.ResidentData;

/**
 * A signed-in resident's registrations: their section of the data export, and forgotten
 * when the account is deleted (ADR 0011): active ones are cancelled, so their places go
 * to the waitlist, and name, address and needs are erased.
 */
@Component
class ResidentRegistrations implements ResidentData {

	private final MeetingRegistrations registrations;

	private final MeetingEventStore events;

	ResidentRegistrations(MeetingRegistrations registrations, MeetingEventStore events) {
		this.registrations = registrations;
		this.events = events;
	}

	@Override
	public String section() {
		return "meetings";
	}

	@Override
	public List<ExportedRegistration> exportFor(long residentId) {
		return registrations.ofResident(residentId)
			.stream()
			.map(registration -> ExportedRegistration.of(registration,
					events.find(registration.municipalityId(), registration.eventId()).orElseThrow()))
			.toList();
	}

	/** Safe to run twice, as a redelivered event may. */
	@ApplicationModuleListener
	void onDeleted(ResidentAccountDeleted deleted) {
		registrations.forgetResident(deleted.residentId());
	}

	record ExportedRegistration(String event, Instant startsAt, String name, String email, String needs, int places,
			RegistrationStatus status, Instant registeredAt) {

		static ExportedRegistration of(Registration registration, MeetingEvent event) {
			return new ExportedRegistration(event.title(), event.startsAt(), registration.name(), registration.email(),
					registration.needs(), registration.places(), registration.status(), registration.createdAt());
		}

	}

}
