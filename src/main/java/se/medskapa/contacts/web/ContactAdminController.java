package se.medskapa.contacts.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
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
import se.medskapa.contacts.BackgroundField;
import se.medskapa.contacts.ContactAudit;
import se.medskapa.contacts.ContactBankSettings;
import se.medskapa.contacts.InvalidContactInputException;
import se.medskapa.municipalities.Municipality;

/**
 * The municipality admin's contact bank: consent text and legal basis (versioned), the
 * background questions asked, districts, the officials' guide, and the audit log.
 */
@Controller
@RequestMapping("/{slug}/admin/contacts")
class ContactAdminController {

	static final List<String> AUDIT_KINDS = List.of("SEARCH", "INVITATION", "REVEAL");

	private final ContactBankSettings settings;

	private final ContactAudit audit;

	ContactAdminController(ContactBankSettings settings, ContactAudit audit) {
		this.settings = settings;
		this.audit = audit;
	}

	@InitBinder("settingsForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("consentText", "legalBasis", "backgroundFields", "guide", "districtName");
	}

	@GetMapping
	String page(@ModelAttribute("municipality") Municipality municipality, Model model) {
		SettingsForm form = new SettingsForm();
		settings.currentConsent(municipality.id()).ifPresent(consent -> {
			form.setConsentText(consent.text());
			form.setLegalBasis(consent.legalBasis());
		});
		form.setBackgroundFields(List.copyOf(settings.backgroundFields(municipality.id())));
		form.setGuide(settings.guide(municipality.id()));
		return view(municipality, form, model);
	}

	@PostMapping
	String save(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @ModelAttribute("settingsForm") SettingsForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				settings.saveConsent(actor, municipality.id(), form.getConsentText(), form.getLegalBasis());
				Set<BackgroundField> fields = EnumSet.noneOf(BackgroundField.class);
				if (form.getBackgroundFields() != null) {
					form.getBackgroundFields().stream().filter(field -> field != null).forEach(fields::add);
				}
				settings.saveBackgroundFields(actor, municipality.id(), fields);
				settings.saveGuide(actor, municipality.id(), form.getGuide());
				if (form.getDistrictName() != null && !form.getDistrictName().isBlank()) {
					settings.addDistrict(actor, municipality.id(), form.getDistrictName());
				}
				redirect.addFlashAttribute("flash", "flash.saved");
				return "redirect:/" + municipality.slug() + "/admin/contacts";
			}
			catch (InvalidContactInputException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view(municipality, form, model);
	}

	@PostMapping("/districts/{id}/delete")
	String removeDistrict(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id, RedirectAttributes redirect) {
		settings.removeDistrict(actor, municipality.id(), id);
		redirect.addFlashAttribute("flash", "flash.saved");
		return "redirect:/" + municipality.slug() + "/admin/contacts";
	}

	@GetMapping("/audit")
	String audit(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String staff,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		String chosenKind = kind != null && AUDIT_KINDS.contains(kind) ? kind : null;
		String staffName = staff == null || staff.length() > 100 ? null : staff;
		model.addAttribute("entries", audit.entries(actor, municipality.id(), chosenKind, staffName, from, to));
		model.addAttribute("kinds", AUDIT_KINDS);
		model.addAttribute("kind", chosenKind);
		model.addAttribute("staff", staffName);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "contacts/admin-audit";
	}

	private String view(Municipality municipality, SettingsForm form, Model model) {
		model.addAttribute("settingsForm", form);
		model.addAttribute("consent", settings.currentConsent(municipality.id()).orElse(null));
		model.addAttribute("districts", settings.districts(municipality.id()));
		model.addAttribute("allFields", BackgroundField.values());
		return "contacts/admin-settings";
	}

	/** The admin's settings form. */
	public static class SettingsForm {

		private String consentText;

		private String legalBasis;

		private List<BackgroundField> backgroundFields = List.of();

		private String guide;

		private String districtName;

		public String getConsentText() {
			return consentText;
		}

		public void setConsentText(String consentText) {
			this.consentText = consentText;
		}

		public String getLegalBasis() {
			return legalBasis;
		}

		public void setLegalBasis(String legalBasis) {
			this.legalBasis = legalBasis;
		}

		public List<BackgroundField> getBackgroundFields() {
			return backgroundFields;
		}

		public void setBackgroundFields(List<BackgroundField> backgroundFields) {
			this.backgroundFields = backgroundFields;
		}

		public String getGuide() {
			return guide;
		}

		public void setGuide(String guide) {
			this.guide = guide;
		}

		public String getDistrictName() {
			return districtName;
		}

		public void setDistrictName(String districtName) {
			this.districtName = districtName;
		}

	}

}
