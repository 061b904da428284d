package se.medskapa.meetings.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.meetings.MeetingEvent;
import se.medskapa.meetings.MeetingProgrammes;
import se.medskapa.meetings.MeetingRegistrations;
import se.medskapa.meetings.MeetingRegistrations.RegistrationPage;
import se.medskapa.meetings.MeetingSummaries;
import se.medskapa.meetings.PublicEvents;
import se.medskapa.meetings.RegistrationOutcome;
import se.medskapa.meetings.RegistrationRefusedException;
import se.medskapa.meetings.RegistrationStatus;
import se.medskapa.meetings.Viewer;
import se.medskapa.municipalities.Municipality;

/**
 * A municipality's coming events, an event's page with its registration form, the
 * receipt, the registrant's own page (cancel, leave the waitlist, take an offer) and the
 * calendar files.
 */
@Controller
class PublicEventsController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final PublicEvents events;

	private final MeetingRegistrations registrations;

	private final MeetingProgrammes programmes;

	private final MeetingSummaries summaries;

	PublicEventsController(PublicEvents events, MeetingRegistrations registrations, MeetingProgrammes programmes,
			MeetingSummaries summaries) {
		this.events = events;
		this.registrations = registrations;
		this.programmes = programmes;
		this.summaries = summaries;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields(RegistrationForm.FIELDS);
	}

	@GetMapping("/{slug}/events")
	String list(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal staff, @AuthenticationPrincipal ResidentPrincipal resident,
			Model model) {
		model.addAttribute("events", events.coming(municipality.id(), Viewer.of(staff, resident)));
		model.addAttribute("programmes", programmes.published(municipality.id()));
		return "meetings/public-list";
	}

	@GetMapping("/{slug}/events/{id}")
	String event(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@AuthenticationPrincipal StaffPrincipal staff, @AuthenticationPrincipal ResidentPrincipal resident,
			Model model) {
		RegistrationForm form = new RegistrationForm();
		if (resident != null) {
			form.setEmail(resident.email());
			form.setName(resident.displayName());
		}
		else if (staff != null) {
			form.setEmail(staff.email());
			form.setName(staff.displayName());
		}
		return eventView(municipality, events.event(municipality.id(), id, Viewer.of(staff, resident)), form, model);
	}

	@PostMapping("/{slug}/events/{id}/registrations")
	String register(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal staff, @AuthenticationPrincipal ResidentPrincipal resident,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(staff, resident);
		MeetingEvent event = events.event(municipality.id(), id, viewer);
		if (!result.hasErrors() && form.getPlaces() > event.groupLimit()) {
			result.rejectValue("places", "meetings.refused.groupLimit", new Object[] { event.groupLimit() }, null);
		}
		if (!result.hasErrors()) {
			try {
				RegistrationOutcome outcome = registrations.register(municipality.id(), id,
						form.registrant(locale.getLanguage()), viewer);
				redirect.addFlashAttribute("outcome", outcome);
				redirect.addFlashAttribute("eventTitle", event.title());
				redirect.addFlashAttribute("registrationPath",
						"/" + municipality.slug() + "/events/registrations/" + outcome.token());
				return "redirect:/" + municipality.slug() + "/events/receipt";
			}
			catch (RegistrationRefusedException ex) {
				result.reject(ex.messageKey(), ex.arguments(), null);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return eventView(municipality, event, form, model);
	}

	@GetMapping("/{slug}/events/receipt")
	String receipt(@ModelAttribute("municipality") Municipality municipality, Model model) {
		model.addAttribute("confirmed", RegistrationStatus.CONFIRMED);
		return "meetings/receipt";
	}

	@GetMapping("/{slug}/events/registrations/{token}")
	String registration(@ModelAttribute("municipality") Municipality municipality, @PathVariable String token,
			Model model) {
		RegistrationPage page = registrations.byToken(municipality.id(), token);
		model.addAttribute("page", page);
		model.addAttribute("programme", programmes.ofEvent(page.event()));
		model.addAttribute("actionBase", "/" + municipality.slug() + "/events/registrations/" + token);
		return "meetings/registration";
	}

	@PostMapping("/{slug}/events/registrations/{token}/cancel")
	String cancel(@ModelAttribute("municipality") Municipality municipality, @PathVariable String token,
			RedirectAttributes redirect) {
		return act(municipality, token, redirect, "meetings.flash.cancelled",
				() -> registrations.cancel(municipality.id(), token));
	}

	@PostMapping("/{slug}/events/registrations/{token}/accept")
	String accept(@ModelAttribute("municipality") Municipality municipality, @PathVariable String token,
			RedirectAttributes redirect) {
		return act(municipality, token, redirect, "meetings.flash.accepted",
				() -> registrations.acceptOffer(municipality.id(), token));
	}

	@GetMapping("/{slug}/events.ics")
	ResponseEntity<byte[]> feed(@ModelAttribute("municipality") Municipality municipality) {
		return calendar(events.feed(municipality), "events.ics");
	}

	@GetMapping("/{slug}/events/{id}/event.ics")
	ResponseEntity<byte[]> calendarEntry(@ModelAttribute("municipality") Municipality municipality,
			@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff,
			@AuthenticationPrincipal ResidentPrincipal resident) {
		return calendar(events.calendarEntry(municipality, id, Viewer.of(staff, resident)), "event-" + id + ".ics");
	}

	private String act(Municipality municipality, String token, RedirectAttributes redirect, String doneKey,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", doneKey);
		}
		catch (RegistrationRefusedException ex) {
			redirect.addFlashAttribute("flash", ex.messageKey());
		}
		return "redirect:/" + municipality.slug() + "/events/registrations/" + token;
	}

	static ResponseEntity<byte[]> calendar(byte[] body, String fileName) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
			.body(body);
	}

	private String eventView(Municipality municipality, MeetingEvent event, RegistrationForm form, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		model.addAttribute("registrationOpen", events.registrationOpen(event));
		model.addAttribute("opensAt", events.opensLater(event) ? event.registrationOpensAt() : null);
		model.addAttribute("programme", programmes.ofEvent(event));
		model.addAttribute("summary", summaries.published(event).orElse(null));
		return "meetings/public-event";
	}

}
