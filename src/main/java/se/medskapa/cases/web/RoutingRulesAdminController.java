package se.medskapa.cases.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.cases.RoutingRules;
import se.medskapa.municipalities.DuplicateNameException;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;

/** The municipality admin's routing rules (category, optional area → unit). */
@Controller
@RequestMapping("/{slug}/admin/routing")
class RoutingRulesAdminController {

	private final Organisation organisation;

	private final RoutingRules rules;

	RoutingRulesAdminController(Organisation organisation, RoutingRules rules) {
		this.organisation = organisation;
		this.rules = rules;
	}

	@GetMapping
	String list(@ModelAttribute("municipality") Municipality municipality, Model model) {
		model.addAttribute("rules", rules.rules(municipality.id()));
		model.addAttribute("categories", organisation.categories(municipality.id()));
		model.addAttribute("units", organisation.units(municipality.id()));
		return "cases/routing-rules";
	}

	@PostMapping
	String add(@ModelAttribute("municipality") Municipality municipality,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) String area,
			@RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
		if (categoryId == null || unitId == null) {
			// Each missing choice is marked at its field; what was chosen stays chosen.
			redirect.addFlashAttribute("ruleError", "validation.chooseOne");
			redirect.addFlashAttribute("categoryMissing", categoryId == null);
			redirect.addFlashAttribute("unitMissing", unitId == null);
			keepChoices(redirect, categoryId, area, unitId);
		}
		else {
			try {
				rules.addRule(municipality.id(), categoryId, area, unitId);
				redirect.addFlashAttribute("flash", "flash.saved");
			}
			catch (DuplicateNameException ex) {
				redirect.addFlashAttribute("ruleError", "routing.error.duplicate");
				keepChoices(redirect, categoryId, area, unitId);
			}
		}
		return "redirect:/" + municipality.slug() + "/admin/routing";
	}

	private static void keepChoices(RedirectAttributes redirect, Long categoryId, String area, Long unitId) {
		redirect.addFlashAttribute("categoryId", categoryId);
		redirect.addFlashAttribute("area", area);
		redirect.addFlashAttribute("unitId", unitId);
	}

	@PostMapping("/{id}/delete")
	String remove(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			RedirectAttributes redirect) {
		rules.removeRule(municipality.id(), id);
		redirect.addFlashAttribute("flash", "flash.saved");
		return "redirect:/" + municipality.slug() + "/admin/routing";
	}

}
