package se.medskapa.cases.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.cases.HandlingSettings.Settings;
import se.medskapa.cases.HandlingSettings;
import se.medskapa.municipalities.Municipality;

/**
 * The municipality admin sets the deadlines and whether staff names are shown publicly.
 */
@Controller
@RequestMapping("/{slug}/admin/case-settings")
class HandlingSettingsController {

	private final HandlingSettings settings;

	HandlingSettingsController(HandlingSettings settings) {
		this.settings = settings;
	}

	@GetMapping
	String form(@ModelAttribute("municipality") Municipality municipality, Model model) {
		Settings current = settings.of(municipality.id());
		SettingsForm form = new SettingsForm();
		form.setAcknowledgeDays(current.acknowledgeDays());
		form.setAnswerDays(current.answerDays());
		form.setShowStaffNames(current.showStaffNames());
		model.addAttribute("form", form);
		return "cases/settings";
	}

	@PostMapping
	String save(@ModelAttribute("municipality") Municipality municipality,
			@Valid @ModelAttribute("form") SettingsForm form, BindingResult result, RedirectAttributes redirect) {
		if (form.answerBeforeAcknowledge()) {
			result.rejectValue("answerDays", "validation.answerAfterAcknowledge");
		}
		if (result.hasErrors()) {
			return "cases/settings";
		}
		settings.update(municipality.id(),
				new Settings(form.getAcknowledgeDays(), form.getAnswerDays(), form.isShowStaffNames()));
		redirect.addFlashAttribute("flash", "flash.saved");
		return "redirect:/" + municipality.slug() + "/admin/case-settings";
	}

	public static class SettingsForm {

		@NotNull(message = "{validation.required}")
		@Min(value = 1, message = "{validation.days}")
		@Max(value = 60, message = "{validation.days}")
		private Integer acknowledgeDays;

		@NotNull(message = "{validation.required}")
		@Min(value = 1, message = "{validation.days}")
		@Max(value = 250, message = "{validation.days}")
		private Integer answerDays;

		private boolean showStaffNames;

		/**
		 * Checked by the controller and reported at the answer field, where the summary's
		 * link can lead.
		 */
		boolean answerBeforeAcknowledge() {
			return acknowledgeDays != null && answerDays != null && answerDays < acknowledgeDays;
		}

		public Integer getAcknowledgeDays() {
			return acknowledgeDays;
		}

		public void setAcknowledgeDays(Integer acknowledgeDays) {
			this.acknowledgeDays = acknowledgeDays;
		}

		public Integer getAnswerDays() {
			return answerDays;
		}

		public void setAnswerDays(Integer answerDays) {
			this.answerDays = answerDays;
		}

		public boolean isShowStaffNames() {
			return showStaffNames;
		}

		public void setShowStaffNames(boolean showStaffNames) {
			this.showStaffNames = showStaffNames;
		}

	}

}
