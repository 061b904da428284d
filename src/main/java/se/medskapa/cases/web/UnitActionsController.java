package se.medskapa.cases.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.cases.CaseHandling;
import se.medskapa.municipalities.Municipality;

/**
 * What the responsible unit does with a case (a coach may act for any unit): take or
 * assign it, change its status, write to the resident, hand it over, return it to the
 * coach, forward it; and the notes and registry number anyone who sees the case keeps.
 * Each action takes its own bound form (see {@link StaffCasePage#perform}).
 */
@Controller
@RequestMapping("/{slug}/staff/cases/{reference}")
class UnitActionsController {

	private final StaffCasePage page;

	private final CaseHandling handling;

	UnitActionsController(StaffCasePage page, CaseHandling handling) {
		this.page = page;
		this.handling = handling;
	}

	@InitBinder("assign")
	void assignFields(WebDataBinder binder) {
		binder.setAllowedFields("handlerId");
	}

	@InitBinder("status")
	void statusFields(WebDataBinder binder) {
		binder.setAllowedFields("status", "publicMessage", "internalNote");
	}

	@InitBinder("message")
	void messageFields(WebDataBinder binder) {
		binder.setAllowedFields("publicMessage");
	}

	@InitBinder("handOver")
	void handOverFields(WebDataBinder binder) {
		binder.setAllowedFields("toUnitId", "note");
	}

	@InitBinder("return")
	void returnFields(WebDataBinder binder) {
		binder.setAllowedFields("reason");
	}

	@InitBinder("forward")
	void forwardFields(WebDataBinder binder) {
		binder.setAllowedFields("authority", "publicMessage");
	}

	@InitBinder("note")
	void noteFields(WebDataBinder binder) {
		binder.setAllowedFields("note");
	}

	@InitBinder("registryNumber")
	void registryNumberFields(WebDataBinder binder) {
		binder.setAllowedFields("registryNumber");
	}

	@PostMapping("/take")
	ModelAndView take(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("take") TakeForm form, BindingResult result,
			RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.case.taken",
				() -> handling.takeCase(me, municipality.id(), reference));
	}

	@PostMapping("/assign")
	ModelAndView assign(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("assign") AssignForm form,
			BindingResult result, RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.case.assigned",
				() -> handling.assignCase(me, municipality.id(), reference, form.getHandlerId()));
	}

	@PostMapping("/status")
	ModelAndView changeStatus(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("status") StatusForm form,
			BindingResult result, RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.case.statusChanged",
				() -> handling.changeCaseStatus(me, municipality.id(), reference, form.getStatus(),
						form.getPublicMessage(), form.getInternalNote()));
	}

	@PostMapping("/message")
	ModelAndView message(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("message") PublicMessageForm form,
			BindingResult result, RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.case.messageSent",
				() -> handling.postPublicMessage(me, municipality.id(), reference, form.getPublicMessage()));
	}

	@PostMapping("/hand-over")
	ModelAndView handOver(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("handOver") HandOverForm form,
			BindingResult result, RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.case.handedOver",
				() -> handling.handOverCase(me, municipality.id(), reference, form.getToUnitId(), form.getNote()));
	}

	@PostMapping("/return")
	ModelAndView returnToCoach(@ModelAttribute("municipality") Municipality municipality,
			@PathVariable String reference, @AuthenticationPrincipal StaffPrincipal me,
			@Valid @ModelAttribute("return") ReturnForm form, BindingResult result, RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.case.returned",
				() -> handling.returnCaseToCoach(me, municipality.id(), reference, form.getReason()));
	}

	@PostMapping("/forward")
	ModelAndView forward(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("forward") ForwardForm form,
			BindingResult result, RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.case.forwarded", () -> handling
			.forwardCase(me, municipality.id(), reference, form.getAuthority(), form.getPublicMessage()));
	}

	@PostMapping("/note")
	ModelAndView note(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("note") NoteForm form,
			BindingResult result, RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.case.noteAdded",
				() -> handling.addInternalNote(me, municipality.id(), reference, form.getNote()));
	}

	@PostMapping("/registry-number")
	ModelAndView registryNumber(@ModelAttribute("municipality") Municipality municipality,
			@PathVariable String reference, @AuthenticationPrincipal StaffPrincipal me,
			@Valid @ModelAttribute("registryNumber") RegistryNumberForm form, BindingResult result,
			RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.saved",
				() -> handling.setRegistryNumber(me, municipality.id(), reference, form.getRegistryNumber()));
	}

}
