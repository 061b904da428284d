package se.medskapa.cases.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.InvalidCaseActionException;
import se.medskapa.cases.ResidentCases;
import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.Text;

/**
 * "My cases": a signed-in resident's own cases in every municipality, and following
 * published cases.
 */
@Controller
class ResidentCasesController {

	private final ResidentCases residentCases;

	private final CaseHandling handling;

	ResidentCasesController(ResidentCases residentCases, CaseHandling handling) {
		this.residentCases = residentCases;
		this.handling = handling;
	}

	@GetMapping("/account/cases")
	String myCases(@AuthenticationPrincipal ResidentPrincipal resident, Model model) {
		model.addAttribute("cases", residentCases.casesOf(resident.id()));
		model.addAttribute("followed", residentCases.followedBy(resident.id()));
		return "cases/my-cases";
	}

	/**
	 * Where "Logga in för att följa ärendet" leads (UX finding 8): security sends a
	 * visitor to sign in first and back here afterwards; a signed-in resident is taken
	 * back to the case, at its follow button, told that one press follows it. Opening a
	 * link never follows by itself: following is a change, and a change is a POST.
	 */
	@GetMapping("/{slug}/cases/{reference}/follow")
	String signedInToFollow(@PathVariable String slug, @PathVariable String reference, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "flash.case.signedInToFollow");
		return "redirect:/" + slug + "/cases/" + reference + "#follow";
	}

	@GetMapping("/{slug}/my-cases/{reference}")
	String myCase(@PathVariable String slug, @ModelAttribute("municipality") Municipality municipality,
			@PathVariable String reference, @AuthenticationPrincipal ResidentPrincipal resident, Model model) {
		model.addAttribute("actionBase", "/" + slug + "/my-cases/" + reference);
		model.addAttribute("tracked", residentCases.ownCase(municipality.id(), reference, resident.id())
			.orElseThrow(() -> new NotFoundException("case")));
		return "cases/track";
	}

	@PostMapping("/{slug}/my-cases/{reference}/reply")
	String reply(@PathVariable String slug, @ModelAttribute("municipality") Municipality municipality,
			@PathVariable String reference, @AuthenticationPrincipal ResidentPrincipal resident,
			@RequestParam(required = false) String message, RedirectAttributes redirect) {
		try {
			handling.replyToOwnCase(municipality.id(), reference, resident.id(), message);
			redirect.addFlashAttribute("flash", "flash.case.replySent");
		}
		catch (InvalidCaseActionException ex) {
			redirect.addFlashAttribute("replyError", ex.messageKey());
			redirect.addFlashAttribute("reply", Text.atMost(message, CaseHandling.MAX_TEXT_LENGTH));
		}
		return "redirect:/" + slug + "/my-cases/" + reference;
	}

	@PostMapping("/{slug}/my-cases/{reference}/withdraw")
	String withdraw(@PathVariable String slug, @ModelAttribute("municipality") Municipality municipality,
			@PathVariable String reference, @AuthenticationPrincipal ResidentPrincipal resident,
			RedirectAttributes redirect) {
		try {
			handling.withdrawOwnCase(municipality.id(), reference, resident.id());
			redirect.addFlashAttribute("flash", "flash.case.withdrawn");
		}
		catch (InvalidCaseActionException ex) {
			redirect.addFlashAttribute("caseError", ex.messageKey());
		}
		return "redirect:/" + slug + "/my-cases/" + reference;
	}

	@PostMapping("/{slug}/cases/{reference}/follow")
	String follow(@PathVariable String slug, @ModelAttribute("municipality") Municipality municipality,
			@PathVariable String reference, @AuthenticationPrincipal ResidentPrincipal resident,
			RedirectAttributes redirect) {
		residentCases.follow(municipality.id(), reference, resident.id());
		redirect.addFlashAttribute("flash", "flash.case.following");
		return "redirect:/" + slug + "/cases/" + reference;
	}

	@PostMapping("/{slug}/cases/{reference}/unfollow")
	String unfollow(@PathVariable String slug, @ModelAttribute("municipality") Municipality municipality,
			@PathVariable String reference, @AuthenticationPrincipal ResidentPrincipal resident,
			RedirectAttributes redirect) {
		residentCases.unfollow(municipality.id(), reference, resident.id());
		redirect.addFlashAttribute("flash", "flash.case.unfollowed");
		return "redirect:/" + slug + "/cases/" + reference;
	}

}
