package se.medskapa.meetings.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.medskapa.meetings.Audience;
import se.medskapa.meetings.EventKind;
import se.medskapa.meetings.MeetingEvent;
import se.medskapa.meetings.MeetingRegistrations;
import se.medskapa.meetings.PublicEvents;
import se.medskapa.meetings.RegistrationOutcome;
import se.medskapa.meetings.RegistrationStatus;
import se.medskapa.meetings.Viewer;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A municipality's public events as JSON, and registration, without login (so that a
 * municipality's own site can embed its programme). Only public events are served:
 * staff-only and invited-only events are not found here. Errors are RFC 7807 problems.
 */
@RestController
@RequestMapping("/api/v1/{slug}/events")
@Tag(name = "Public events", description = "Coming public events of a municipality and registration for them.")
class EventApiController {

	private final Municipalities municipalities;

	private final PublicEvents events;

	private final MeetingRegistrations registrations;

	EventApiController(Municipalities municipalities, PublicEvents events, MeetingRegistrations registrations) {
		this.municipalities = municipalities;
		this.events = events;
		this.registrations = registrations;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listEvents", summary = "List coming public events",
			description = "Published public events that are not over yet, soonest first (at most 200).")
	@ApiResponse(responseCode = "200", description = "The events")
	@ApiResponse(responseCode = "404", description = "No such municipality",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	EventList list(@Parameter(description = "The municipality, e.g. boras") @PathVariable String slug) {
		Municipality municipality = municipalities.requireBySlug(slug);
		return new EventList(events.coming(municipality.id(), Viewer.anonymous())
			.stream()
			.map(event -> EventItem.of(event, events.eventUrl(municipality, event.id()),
					events.registrationOpen(event)))
			.toList());
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getEvent", summary = "One public event")
	@ApiResponse(responseCode = "200", description = "The event")
	@ApiResponse(responseCode = "404", description = "No such municipality or public event",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	EventItem event(@Parameter(description = "The municipality, e.g. boras") @PathVariable String slug,
			@Parameter(description = "The event's id") @PathVariable long id) {
		Municipality municipality = municipalities.requireBySlug(slug);
		MeetingEvent event = events.event(municipality.id(), id, Viewer.anonymous());
		return EventItem.of(event, events.eventUrl(municipality, id), events.registrationOpen(event));
	}

	@PostMapping(path = "/{id}/registrations", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "registerForEvent", summary = "Register for a public event",
			description = "Confirmed while places are left and nobody waits, else waitlisted in order of arrival. "
					+ "A confirmation (with a calendar entry) or a waitlist notice goes to the address, with a "
					+ "link to cancel.")
	@ApiResponse(responseCode = "201", description = "Registered: confirmed or waitlisted")
	@ApiResponse(responseCode = "400", description = "Invalid fields or unreadable body",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such municipality or public event",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422",
			description = "Registration closed, group larger than the event allows, or the address is registered",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	RegistrationResult register(@Parameter(description = "The municipality, e.g. boras") @PathVariable String slug,
			@Parameter(description = "The event's id") @PathVariable long id,
			@Valid @RequestBody RegistrationRequest request) {
		Municipality municipality = municipalities.requireBySlug(slug);
		events.event(municipality.id(), id, Viewer.anonymous());
		RegistrationForm form = request.form();
		String language = request.language() == null ? "sv" : request.language();
		RegistrationOutcome outcome = registrations.register(municipality.id(), id, form.registrant(language),
				Viewer.anonymous());
		return new RegistrationResult(outcome.registrationId(), outcome.status(),
				outcome.position() == 0 ? null : outcome.position());
	}

	@Schema(name = "EventList")
	record EventList(@Schema(requiredMode = REQUIRED) List<EventItem> items) {
	}

	@Schema(name = "Event")
	record EventItem(@Schema(requiredMode = REQUIRED) long id, @Schema(requiredMode = REQUIRED) EventKind kind,
			@Schema(requiredMode = REQUIRED) String title, @Schema(requiredMode = REQUIRED) String description,
			@Schema(requiredMode = REQUIRED) Instant startsAt, @Schema(requiredMode = REQUIRED) Instant endsAt,
			String place, String onlineLink, String accessibilityInfo,
			@Schema(requiredMode = REQUIRED) Audience audience, @Schema(requiredMode = REQUIRED) String unit,
			@Schema(requiredMode = REQUIRED) int capacity, @Schema(requiredMode = REQUIRED) int placesLeft,
			@Schema(requiredMode = REQUIRED) int waitingPlaces, @Schema(requiredMode = REQUIRED) int groupLimit,
			Instant registrationOpensAt, Instant registrationClosesAt,
			@Schema(requiredMode = REQUIRED) boolean registrationOpen,
			@Schema(requiredMode = REQUIRED) String organiserName, @Schema(requiredMode = REQUIRED) String url) {

		static EventItem of(MeetingEvent event, String url, boolean open) {
			return new EventItem(event.id(), event.kind(), event.title(), event.description(), event.startsAt(),
					event.endsAt(), event.place(), event.onlineLink(), event.accessibilityInfo(), event.audience(),
					event.unitName(), event.capacity(), event.placesLeft(), event.waiting(), event.groupLimit(),
					event.registrationOpensAt(), event.registrationClosesAt(), open, event.organiserName(), url);
		}

	}

	@Schema(name = "RegistrationRequest")
	record RegistrationRequest(
			@Schema(requiredMode = REQUIRED, maxLength = 120) @NotBlank(message = "{validation.required}") @Size(
					max = 120, message = "{validation.tooLong}") String name,
			@Schema(requiredMode = REQUIRED, maxLength = 254) @NotBlank(message = "{validation.required}") @Email(
					message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String email,
			@Schema(maxLength = 1000) @Size(max = 1000, message = "{validation.tooLong}") String needs,
			@Schema(description = "Places for a group, 1 up to the event's group limit; 1 when left out") @Min(
					value = 1, message = "{meetings.validation.places}") @Max(value = 50,
							message = "{meetings.validation.places}") Integer places,
			@Schema(description = "Whether the name may appear in the organiser's exported list") Boolean nameListed,
			@Schema(description = "Language of the mails", allowableValues = {
					"sv", "en" }) @Pattern(regexp = "sv|en", message = "{validation.chooseOne}") String language){

		RegistrationForm form() {
			RegistrationForm form = new RegistrationForm();
			form.setName(name);
			form.setEmail(email);
			form.setNeeds(needs);
			form.setPlaces(places == null ? 1 : places);
			form.setNameListed(Boolean.TRUE.equals(nameListed));
			return form;
		}

	}

	@Schema(name = "RegistrationResult")
	record RegistrationResult(@Schema(requiredMode = REQUIRED) long id,
			@Schema(requiredMode = REQUIRED) RegistrationStatus status,
			@Schema(description = "Place on the waitlist, 1 for the first in line; absent when confirmed") Integer waitlistPosition) {
	}

}
