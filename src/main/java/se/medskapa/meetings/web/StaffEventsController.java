package se.medskapa.meetings.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.meetings.Audience;
import se.medskapa.meetings.EventKind;
import se.medskapa.meetings.MeetingAccessDeniedException;
import se.medskapa.meetings.MeetingEvent;
import se.medskapa.meetings.MeetingEvents;
import se.medskapa.meetings.MeetingEvents.OrganiserView;
import se.medskapa.meetings.MeetingProgrammes;
import se.medskapa.meetings.MeetingSummaries;
import se.medskapa.meetings.Promotion;
import se.medskapa.meetings.Registration;
import se.medskapa.meetings.RegistrationRefusedException;
import se.medskapa.meetings.RegistrationStatus;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Unit;
import se.medskapa.shared.Csv;

/**
 * The organiser's pages: the unit's events, the event form, the series form, an event's
 * participants with figures, the check-in page (made for a phone) and the CSV export.
 */
@Controller
@RequestMapping("/{slug}/staff/events")
class StaffEventsController {

	private final MeetingEvents events;

	private final MeetingProgrammes programmes;

	private final MeetingSummaries summaries;

	private final MessageSource messages;

	StaffEventsController(MeetingEvents events, MeetingProgrammes programmes, MeetingSummaries summaries,
			MessageSource messages) {
		this.events = events;
		this.programmes = programmes;
		this.summaries = summaries;
		this.messages = messages;
	}

	@InitBinder("messageForm")
	void messageFields(WebDataBinder binder) {
		binder.setAllowedFields(MessageForm.FIELDS);
	}

	@InitBinder("summaryForm")
	void summaryFields(WebDataBinder binder) {
		binder.setAllowedFields(SummaryForm.FIELDS);
	}

	@InitBinder("ideaForm")
	void ideaFields(WebDataBinder binder) {
		binder.setAllowedFields(IdeaForm.FIELDS);
	}

	@InitBinder("form")
	void eventFields(WebDataBinder binder) {
		binder.setAllowedFields(concat(EventFieldsForm.FIELDS, EventForm.TIME_FIELDS));
	}

	@InitBinder("seriesForm")
	void seriesFields(WebDataBinder binder) {
		binder.setAllowedFields(concat(EventFieldsForm.FIELDS, SeriesForm.SERIES_FIELDS));
	}

	@GetMapping
	String list(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, Model model) {
		model.addAttribute("events", events.staffEvents(municipality.id(), actor));
		model.addAttribute("mayCreate", !events.organisableUnits(municipality.id(), actor).isEmpty());
		return "meetings/staff-list";
	}

	@GetMapping("/new")
	String newEvent(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, Model model) {
		EventForm form = new EventForm();
		form.setOrganiserName(actor.displayName());
		form.setOrganiserEmail(actor.email());
		return formView(municipality, actor, form, null, model);
	}

	@PostMapping
	String create(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @Valid @ModelAttribute("form") EventForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		checkEvent(form, result);
		if (!result.hasErrors()) {
			try {
				long id = events.create(municipality.id(), actor, form.details(), form.isPublish());
				redirect.addFlashAttribute("flash", "meetings.flash.created");
				return "redirect:/" + municipality.slug() + "/staff/events/" + id;
			}
			catch (RegistrationRefusedException ex) {
				reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return formView(municipality, actor, form, null, model);
	}

	@GetMapping("/series/new")
	String newSeries(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, Model model) {
		SeriesForm form = new SeriesForm();
		form.setOrganiserName(actor.displayName());
		form.setOrganiserEmail(actor.email());
		return seriesView(municipality, actor, form, model);
	}

	@PostMapping("/series")
	String createSeries(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @Valid @ModelAttribute("seriesForm") SeriesForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (form.placeMissing()) {
			result.rejectValue("place", "meetings.refused.placeOrLink");
		}
		if (form.getStartTime() != null && form.getEndTime() != null
				&& !form.getEndTime().isAfter(form.getStartTime())) {
			result.rejectValue("endTime", "meetings.refused.endBeforeStart");
		}
		if (!result.hasErrors()) {
			try {
				List<Long> ids = events.createSeries(municipality.id(), actor, form.details(null, null, null, null),
						form.getFirstDate(), form.getLastDate(), form.getEveryWeeks(), form.getStartTime(),
						form.getEndTime(), form.isPublish());
				redirect.addFlashAttribute("flash", "meetings.flash.seriesCreated");
				redirect.addFlashAttribute("seriesCount", ids.size());
				return "redirect:/" + municipality.slug() + "/staff/events";
			}
			catch (RegistrationRefusedException ex) {
				reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return seriesView(municipality, actor, form, model);
	}

	@GetMapping("/{id}")
	String event(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id, Model model) {
		model.addAttribute("view", events.organiserView(municipality.id(), actor, id));
		model.addAttribute("programmes", programmes.forStaff(municipality.id(), actor));
		return "meetings/staff-event";
	}

	@GetMapping("/{id}/message")
	String messagePage(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id, Model model) {
		return messageView(municipality, actor, id, new MessageForm(), model);
	}

	@PostMapping("/{id}/message")
	String message(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id,
			@Valid @ModelAttribute("messageForm") MessageForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return messageView(municipality, actor, id, form, model);
		}
		int recipients = events.messageEveryone(municipality.id(), actor, id, form.getSubject().strip(),
				form.getText().strip());
		redirect.addFlashAttribute("flash", "meetings.flash.messageSent");
		redirect.addFlashAttribute("recipients", recipients);
		return "redirect:/" + municipality.slug() + "/staff/events/" + id + "/message";
	}

	@GetMapping("/{id}/summary")
	String summaryPage(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id, Model model) {
		SummaryForm form = new SummaryForm();
		summaries.forOrganiser(municipality.id(), actor, id).ifPresent(summary -> {
			form.setBody(summary.body());
			form.setPublished(summary.published());
		});
		return summaryView(municipality, actor, id, form, new IdeaForm(), model);
	}

	@PostMapping("/{id}/summary")
	String saveSummary(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id,
			@Valid @ModelAttribute("summaryForm") SummaryForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return summaryView(municipality, actor, id, form, new IdeaForm(), model);
		}
		summaries.saveSummary(municipality.id(), actor, id, form.getBody().strip(), form.isPublished());
		redirect.addFlashAttribute("flash", "flash.saved");
		return "redirect:/" + municipality.slug() + "/staff/events/" + id + "/summary";
	}

	@PostMapping("/{id}/ideas")
	String addIdea(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id,
			@Valid @ModelAttribute("ideaForm") IdeaForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			SummaryForm summaryForm = new SummaryForm();
			summaries.forOrganiser(municipality.id(), actor, id).ifPresent(summary -> {
				summaryForm.setBody(summary.body());
				summaryForm.setPublished(summary.published());
			});
			return summaryView(municipality, actor, id, summaryForm, form, model);
		}
		summaries.addIdea(municipality.id(), actor, id, form.getTitle().strip(), form.getDescription().strip());
		redirect.addFlashAttribute("flash", "meetings.flash.ideaAdded");
		return "redirect:/" + municipality.slug() + "/staff/events/" + id + "/summary";
	}

	@PostMapping("/{id}/ideas/{ideaId}/case")
	String ideaToCase(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id, @PathVariable long ideaId,
			Locale locale, RedirectAttributes redirect) {
		String reference = summaries.sendIdeaToSluice(municipality, actor, id, ideaId, locale);
		redirect.addFlashAttribute("flash", "meetings.flash.ideaSent");
		redirect.addFlashAttribute("caseReference", reference);
		return "redirect:/" + municipality.slug() + "/staff/events/" + id + "/summary";
	}

	@GetMapping("/{id}/edit")
	String edit(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id, Model model) {
		MeetingEvent event = events.forEdit(municipality.id(), actor, id);
		EventForm form = new EventForm();
		form.fill(event);
		return formView(municipality, actor, form, event, model);
	}

	@PostMapping("/{id}")
	String update(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id,
			@Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		MeetingEvent event = events.forEdit(municipality.id(), actor, id);
		checkEvent(form, result);
		if (!result.hasErrors()) {
			try {
				events.update(municipality.id(), actor, id, form.details());
				events.publish(municipality.id(), actor, id, form.isPublish());
				redirect.addFlashAttribute("flash", "flash.saved");
				return "redirect:/" + municipality.slug() + "/staff/events/" + id;
			}
			catch (RegistrationRefusedException ex) {
				reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return formView(municipality, actor, form, event, model);
	}

	@PostMapping("/{id}/publish")
	String publish(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id,
			@RequestParam(defaultValue = "true") boolean published, RedirectAttributes redirect) {
		events.publish(municipality.id(), actor, id, published);
		redirect.addFlashAttribute("flash", published ? "meetings.flash.published" : "meetings.flash.unpublished");
		return "redirect:/" + municipality.slug() + "/staff/events/" + id;
	}

	@GetMapping("/{id}/check-in")
	String checkInPage(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id,
			@RequestParam(required = false) String q, Model model) {
		OrganiserView view = events.organiserView(municipality.id(), actor, id);
		if (!view.may("CHECK_IN")) {
			throw new MeetingAccessDeniedException();
		}
		String query = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
		List<Registration> confirmed = view.registrations()
			.stream()
			.filter(registration -> registration.status() == RegistrationStatus.CONFIRMED)
			.filter(registration -> query.isEmpty() || registration.name().toLowerCase(Locale.ROOT).contains(query)
					|| registration.checkInCode().equalsIgnoreCase(query))
			.toList();
		model.addAttribute("view", view);
		model.addAttribute("participants", confirmed);
		model.addAttribute("q", q == null ? "" : q.strip());
		return "meetings/check-in";
	}

	@PostMapping("/{id}/check-in")
	String checkIn(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id, @RequestParam long registration,
			@RequestParam(defaultValue = "true") boolean arrived, @RequestParam(required = false) String q,
			RedirectAttributes redirect) {
		boolean marked = events.checkIn(municipality.id(), actor, id, registration, arrived);
		redirect.addFlashAttribute("flash", !marked ? "meetings.flash.notCheckedIn"
				: arrived ? "meetings.flash.checkedIn" : "meetings.flash.checkInUndone");
		if (q != null && !q.isBlank()) {
			redirect.addAttribute("q", q.strip());
		}
		return "redirect:/" + municipality.slug() + "/staff/events/" + id + "/check-in";
	}

	/**
	 * The participants as CSV; a name only where its participant agreed to be listed, no
	 * addresses.
	 */
	@GetMapping("/{id}/participants.csv")
	void export(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id, Locale locale,
			HttpServletResponse response) throws IOException {
		OrganiserView view = events.forExport(municipality.id(), actor, id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("participants-" + id + ".csv").build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		Csv.writeRow(out,
				new String[] { text("meetings.csv.name", locale), text("meetings.csv.places", locale),
						text("meetings.csv.status", locale), text("meetings.csv.arrived", locale),
						text("meetings.csv.needs", locale) });
		for (Registration registration : view.registrations()) {
			Csv.writeRow(out, new String[] { registration.nameListed() ? registration.name() : "",
					String.valueOf(registration.places()),
					text("meetings.status." + registration.status().name(), locale),
					registration.checkedInAt() != null ? text("meetings.csv.yes", locale) : "", registration.needs() });
		}
		out.flush();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static void checkEvent(EventForm form, BindingResult result) {
		if (form.placeMissing()) {
			result.rejectValue("place", "meetings.refused.placeOrLink");
		}
		if (form.endsBeforeStart()) {
			result.rejectValue("endsAt", "meetings.refused.endBeforeStart");
		}
	}

	private static void reject(BindingResult result, RegistrationRefusedException ex) {
		switch (ex.messageKey()) {
			case "meetings.refused.unit" -> result.rejectValue("unitId", ex.messageKey());
			case "meetings.refused.capacityBelowTaken" -> result.rejectValue("capacity", ex.messageKey());
			default -> result.reject(ex.messageKey());
		}
	}

	private String messageView(Municipality municipality, StaffPrincipal actor, long id, MessageForm form,
			Model model) {
		OrganiserView view = events.organiserView(municipality.id(), actor, id);
		if (!view.may("MESSAGE")) {
			throw new MeetingAccessDeniedException();
		}
		model.addAttribute("view", view);
		model.addAttribute("messageForm", form);
		model.addAttribute("recipientCount", view.registrations().stream().filter(Registration::active).count());
		return "meetings/staff-message";
	}

	private String summaryView(Municipality municipality, StaffPrincipal actor, long id, SummaryForm summaryForm,
			IdeaForm ideaForm, Model model) {
		OrganiserView view = events.organiserView(municipality.id(), actor, id);
		model.addAttribute("view", view);
		model.addAttribute("summary", summaries.forOrganiser(municipality.id(), actor, id).orElse(null));
		model.addAttribute("summaryForm", summaryForm);
		model.addAttribute("ideaForm", ideaForm);
		return "meetings/staff-summary";
	}

	private String formView(Municipality municipality, StaffPrincipal actor, EventForm form, MeetingEvent event,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("event", event);
		addChoices(municipality, actor, model);
		return "meetings/staff-form";
	}

	private String seriesView(Municipality municipality, StaffPrincipal actor, SeriesForm form, Model model) {
		model.addAttribute("seriesForm", form);
		addChoices(municipality, actor, model);
		return "meetings/series-form";
	}

	private void addChoices(Municipality municipality, StaffPrincipal actor, Model model) {
		List<Unit> units = events.organisableUnits(municipality.id(), actor);
		if (units.isEmpty()) {
			throw new MeetingAccessDeniedException();
		}
		model.addAttribute("units", units);
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("promotions", Promotion.values());
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
