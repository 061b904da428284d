package se.medskapa.participation.web;

import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.participation.PetitionRule;
import se.medskapa.participation.Petitions;

/**
 * The municipality admin switches e-petitions (e-förslag) on or off and sets the rule:
 * how many supports within how many days, and the unit a qualified proposal goes to.
 * Running petitions keep the rule they opened with, which the page says.
 */
@Controller
@RequestMapping("/{slug}/admin/e-petitions")
class PetitionRuleAdminController {

	private final Petitions petitions;

	private final Organisation organisation;

	PetitionRuleAdminController(Petitions petitions, Organisation organisation) {
		this.petitions = petitions;
		this.organisation = organisation;
	}

	@GetMapping
	String form(@ModelAttribute("municipality") Municipality municipality, Model model) {
		Optional<PetitionRule> rule = petitions.rule(municipality.id());
		PetitionRuleForm form = new PetitionRuleForm();
		form.setEnabled(rule.isPresent());
		form.setThreshold(rule.map(PetitionRule::threshold).orElse(50));
		form.setPeriodDays(rule.map(PetitionRule::periodDays).orElse(60));
		form.setUnitId(rule.map(PetitionRule::unitId).orElse(null));
		model.addAttribute("form", form);
		return page(municipality, model);
	}

	@PostMapping
	String save(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal admin, @Valid @ModelAttribute("form") PetitionRuleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.isEnabled()) {
			if (form.getThreshold() == null) {
				result.rejectValue("threshold", "participation.petition.error.threshold");
			}
			if (form.getPeriodDays() == null) {
				result.rejectValue("periodDays", "participation.petition.error.period");
			}
			if (form.getUnitId() != null && organisation.findUnit(municipality.id(), form.getUnitId()).isEmpty()) {
				result.rejectValue("unitId", "participation.petitionAdmin.error.unit");
			}
		}
		if (result.hasErrors()) {
			return page(municipality, model);
		}
		petitions.setRule(admin, municipality.id(), form.isEnabled()
				? new PetitionRule(form.getThreshold(), form.getPeriodDays(), form.getUnitId()) : null);
		redirect.addFlashAttribute("flash", "flash.saved");
		return "redirect:/" + municipality.slug() + "/admin/e-petitions";
	}

	private String page(Municipality municipality, Model model) {
		model.addAttribute("units", organisation.units(municipality.id()));
		return "participation/petition-rule";
	}

	/**
	 * The rule as the form sends it; number and unit are only checked when e-petitions
	 * are on, so switching them off never fails on a stale field.
	 */
	public static class PetitionRuleForm {

		private boolean enabled;

		@Min(value = 1, message = "{participation.petition.error.threshold}")
		@Max(value = PetitionRule.MAX_THRESHOLD, message = "{participation.petition.error.threshold}")
		private Integer threshold;

		@Min(value = 1, message = "{participation.petition.error.period}")
		@Max(value = PetitionRule.MAX_PERIOD_DAYS, message = "{participation.petition.error.period}")
		private Integer periodDays;

		private Long unitId;

		public boolean isEnabled() {
			return enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Integer getThreshold() {
			return threshold;
		}

		public void setThreshold(Integer threshold) {
			this.threshold = threshold;
		}

		public Integer getPeriodDays() {
			return periodDays;
		}

		public void setPeriodDays(Integer periodDays) {
			this.periodDays = periodDays;
		}

		public Long getUnitId() {
			return unitId;
		}

		public void setUnitId(Long unitId) {
			this.unitId = unitId;
		}

	}

}
