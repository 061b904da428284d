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
 * What the idea coach does with a case in the coach queue: route it to a unit, answer it
 * directly, publish or unpublish its reviewed version, merge a duplicate. Each action
 * takes its own bound form (see {@link StaffCasePage#perform}).
 */
@Controller
@RequestMapping("/{slug}/staff/cases/{reference}")
class CoachActionsController {

	private final StaffCasePage page;

	private final CaseHandling handling;

	CoachActionsController(StaffCasePage page, CaseHandling handling) {
		this.page = page;
		this.handling = handling;
	}

	@InitBinder("route")
	void routeFields(WebDataBinder binder) {
		binder.setAllowedFields("unitId", "categoryId", "publish", "publicTitle", "publicDescription");
	}

	@InitBinder("answer")
	void answerFields(WebDataBinder binder) {
		binder.setAllowedFields("publicMessage");
	}

	@InitBinder("publish")
	void publishFields(WebDataBinder binder) {
		binder.setAllowedFields("publicTitle", "publicDescription");
	}

	@InitBinder("merge")
	void mergeFields(WebDataBinder binder) {
		binder.setAllowedFields("targetReference", "publicMessage");
	}

	@PostMapping("/route")
	ModelAndView route(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("route") RouteForm form,
			BindingResult result, RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.case.routed", () -> handling
			.routeCase(me, municipality.id(), reference, form.getUnitId(), form.getCategoryId(), form.publicVersion()));
	}

	@PostMapping("/answer")
	ModelAndView answer(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("answer") PublicMessageForm form,
			BindingResult result, RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.case.answered",
				() -> handling.answerCaseDirectly(me, municipality.id(), reference, form.getPublicMessage()));
	}

	@PostMapping("/publish")
	ModelAndView publish(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("publish") PublishForm form,
			BindingResult result, RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.case.published",
				() -> handling.publishCase(me, municipality.id(), reference, form.publicVersion()));
	}

	/** Takes no input; a refusal shows in the publish form, where the button is. */
	@PostMapping("/unpublish")
	ModelAndView unpublish(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("publish") PublishForm form,
			BindingResult result, RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.case.unpublished",
				() -> handling.unpublishCase(me, municipality.id(), reference));
	}

	@PostMapping("/merge")
	ModelAndView merge(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("merge") MergeForm form,
			BindingResult result, RedirectAttributes redirect) {
		return page.perform(municipality, me, reference, result, redirect, "flash.case.merged", () -> handling
			.mergeCase(me, municipality.id(), reference, form.getTargetReference(), form.getPublicMessage()));
	}

}
