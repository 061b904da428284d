package se.medskapa.meetings.web;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import se.medskapa.meetings.EventDetails;
import se.medskapa.meetings.MeetingEvent;
import se.medskapa.shared.WorkingDays;

/** One event: the shared fields, its time (Swedish time) and the registration window. */
public class EventForm extends EventFieldsForm {

	static final String[] TIME_FIELDS = { "startsAt", "endsAt", "registrationOpensAt", "registrationClosesAt" };

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime startsAt;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime endsAt;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime registrationOpensAt;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime registrationClosesAt;

	EventDetails details() {
		return details(instant(startsAt), instant(endsAt), instant(registrationOpensAt), instant(registrationClosesAt));
	}

	@Override
	void fill(MeetingEvent event) {
		super.fill(event);
		startsAt = local(event.startsAt());
		endsAt = local(event.endsAt());
		registrationOpensAt = local(event.registrationOpensAt());
		registrationClosesAt = local(event.registrationClosesAt());
	}

	boolean endsBeforeStart() {
		return startsAt != null && endsAt != null && !endsAt.isAfter(startsAt);
	}

	static Instant instant(LocalDateTime local) {
		return local == null ? null : local.atZone(WorkingDays.SWEDEN).toInstant();
	}

	static LocalDateTime local(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, WorkingDays.SWEDEN).withSecond(0).withNano(0);
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalDateTime getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(LocalDateTime endsAt) {
		this.endsAt = endsAt;
	}

	public LocalDateTime getRegistrationOpensAt() {
		return registrationOpensAt;
	}

	public void setRegistrationOpensAt(LocalDateTime registrationOpensAt) {
		this.registrationOpensAt = registrationOpensAt;
	}

	public LocalDateTime getRegistrationClosesAt() {
		return registrationClosesAt;
	}

	public void setRegistrationClosesAt(LocalDateTime registrationClosesAt) {
		this.registrationClosesAt = registrationClosesAt;
	}

}
