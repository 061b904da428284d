package se.medskapa.meetings.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.meetings.MeetingAccessDeniedException;
import se.medskapa.meetings.MeetingProgrammes;
import se.medskapa.meetings.MeetingProgrammes.ProgrammeFilter;
import se.medskapa.meetings.Viewer;
import se.medskapa.municipalities.Municipality;

/**
 * Programmes: the public programme page with its filters and, for a signed-in resident,
 * their own sessions in it; the own programme by a registration's signed link; both
 * calendar feeds; and the staff page where admins create and publish programmes and
 * organisers put their events in one.
 */
@Controller
class ProgrammesController {

	private final MeetingProgrammes programmes;

	ProgrammesController(MeetingProgrammes programmes) {
		this.programmes = programmes;
	}

	@InitBinder("programmeForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields(ProgrammeForm.FIELDS);
	}

	@GetMapping("/{slug}/programmes/{id}")
	String programme(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) Long organiser, @RequestParam(defaultValue = "false") boolean online,
			@AuthenticationPrincipal StaffPrincipal staff, @AuthenticationPrincipal ResidentPrincipal resident,
			Model model) {
		model.addAttribute("page", programmes.page(municipality.id(), id, Viewer.of(staff, resident),
				new ProgrammeFilter(day, organiser, online)));
		model.addAttribute("day", day);
		model.addAttribute("organiser", organiser);
		model.addAttribute("online", online);
		model.addAttribute("mine", resident == null ? null : programmes.mine(municipality.id(), id, resident.id()));
		return "meetings/programme";
	}

	@GetMapping("/{slug}/programmes/{id}/programme.ics")
	ResponseEntity<byte[]> feed(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id) {
		return PublicEventsController.calendar(programmes.feed(municipality, id), "programme-" + id + ".ics");
	}

	@GetMapping("/{slug}/events/registrations/{token}/programme")
	String mine(@ModelAttribute("municipality") Municipality municipality, @PathVariable String token, Model model) {
		model.addAttribute("mine", programmes.mineByToken(municipality.id(), token));
		model.addAttribute("token", token);
		return "meetings/my-programme";
	}

	@GetMapping("/{slug}/events/registrations/{token}/programme.ics")
	ResponseEntity<byte[]> mineFeed(@ModelAttribute("municipality") Municipality municipality,
			@PathVariable String token) {
		return PublicEventsController.calendar(programmes.mineFeed(municipality, token), "my-programme.ics");
	}

	@GetMapping("/{slug}/staff/programmes")
	String staffList(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, Model model) {
		return staffView(municipality, actor, new ProgrammeForm(), model);
	}

	@PostMapping("/{slug}/staff/programmes")
	String create(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!programmes.mayAdminister(municipality.id(), actor)) {
			throw new MeetingAccessDeniedException();
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return staffView(municipality, actor, form, model);
		}
		programmes.create(municipality.id(), actor, form.getTitle().strip(),
				form.getDescription() == null ? "" : form.getDescription().strip());
		redirect.addFlashAttribute("flash", "meetings.flash.programmeCreated");
		return "redirect:/" + municipality.slug() + "/staff/programmes";
	}

	@PostMapping("/{slug}/staff/programmes/{id}/publish")
	String publish(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id,
			@RequestParam(defaultValue = "true") boolean published, RedirectAttributes redirect) {
		programmes.publish(municipality.id(), actor, id, published);
		redirect.addFlashAttribute("flash",
				published ? "meetings.flash.programmePublished" : "meetings.flash.programmeUnpublished");
		return "redirect:/" + municipality.slug() + "/staff/programmes";
	}

	@PostMapping("/{slug}/staff/events/{id}/programme")
	String assign(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id,
			@RequestParam(required = false) Long programme, RedirectAttributes redirect) {
		programmes.assign(municipality.id(), actor, id, programme);
		redirect.addFlashAttribute("flash", "flash.saved");
		return "redirect:/" + municipality.slug() + "/staff/events/" + id;
	}

	private String staffView(Municipality municipality, StaffPrincipal actor, ProgrammeForm form, Model model) {
		model.addAttribute("programmes", programmes.forStaff(municipality.id(), actor));
		model.addAttribute("mayAdminister", programmes.mayAdminister(municipality.id(), actor));
		model.addAttribute("programmeForm", form);
		return "meetings/staff-programmes";
	}

}
