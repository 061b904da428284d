package se.medskapa.cases.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.cases.RoutingRule;
import se.medskapa.cases.RoutingRules;
import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.DuplicateNameException;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.NotFoundException;

/**
 * The municipality admin's routing rules (category, optional area → unit): added, changed
 * in place (the same form, filled in, with {@code ?edit=<id>}) and deleted.
 */
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
	String list(@ModelAttribute("municipality") Municipality municipality, @RequestParam(required = false) Long edit,
			Model model) {
		List<RoutingRule> all = rules.rules(municipality.id());
		List<Category> categories = organisation.categories(municipality.id());
		Set<Long> covered = all.stream().map(RoutingRule::categoryId).collect(Collectors.toSet());
		model.addAttribute("rules", all);
		model.addAttribute("categories", categories);
		model.addAttribute("units", organisation.units(municipality.id()));
		// Cases in these categories always wait for the idea coach's own choice: say so.
		model.addAttribute("withoutRule", categories.stream().filter(c -> !covered.contains(c.id())).toList());
		if (edit != null) {
			RoutingRule editing = all.stream()
				.filter(rule -> rule.id() == edit)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("routing rule"));
			model.addAttribute("editing", editing);
			// After a refused change the choices made are kept (flash attributes), else
			// the rule's own.
			if (!model.containsAttribute("ruleError")) {
				model.addAttribute("categoryId", editing.categoryId());
				model.addAttribute("area", editing.area());
				model.addAttribute("unitId", editing.unitId());
			}
		}
		return "cases/routing-rules";
	}

	@PostMapping
	String add(@ModelAttribute("municipality") Municipality municipality,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) String area,
			@RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
		save(redirect, categoryId, area, unitId, () -> rules.addRule(municipality.id(), categoryId, area, unitId));
		return "redirect:/" + municipality.slug() + "/admin/routing";
	}

	@PostMapping("/{id}")
	String update(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) String area,
			@RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
		boolean saved = save(redirect, categoryId, area, unitId,
				() -> rules.updateRule(municipality.id(), id, categoryId, area, unitId));
		return "redirect:/" + municipality.slug() + "/admin/routing" + (saved ? "" : "?edit=" + id);
	}

	/**
	 * Saves a rule if both choices are made; else each missing choice is marked at its
	 * field and what was chosen stays chosen. Whether it was saved.
	 */
	private static boolean save(RedirectAttributes redirect, Long categoryId, String area, Long unitId,
			Runnable saving) {
		if (categoryId == null || unitId == null) {
			redirect.addFlashAttribute("ruleError", "validation.chooseOne");
			redirect.addFlashAttribute("categoryMissing", categoryId == null);
			redirect.addFlashAttribute("unitMissing", unitId == null);
			keepChoices(redirect, categoryId, area, unitId);
			return false;
		}
		try {
			saving.run();
			redirect.addFlashAttribute("flash", "flash.saved");
			return true;
		}
		catch (DuplicateNameException ex) {
			redirect.addFlashAttribute("ruleError", "routing.error.duplicate");
			keepChoices(redirect, categoryId, area, unitId);
			return false;
		}
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
