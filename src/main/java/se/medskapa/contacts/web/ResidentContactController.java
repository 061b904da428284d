package se.medskapa.contacts.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.contacts.AccessibilityNeed;
import se.medskapa.contacts.BackgroundField;
import se.medskapa.contacts.ContactBank;
import se.medskapa.contacts.ContactBankSettings;
import se.medskapa.contacts.ContactFrequency;
import se.medskapa.contacts.ContactLanguage;
import se.medskapa.contacts.InvalidContactInputException;
import se.medskapa.contacts.Membership;
import se.medskapa.contacts.WayOfTakingPart;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.NotFoundException;

/**
 * The resident's contact bank page in one municipality: join, change purposes, renew,
 * withdraw, export and leave, and "who contacted me".
 */
@Controller
class ResidentContactController {

	private final ContactBank bank;

	private final ContactBankSettings settings;

	private final Organisation organisation;

	private final Clock clock;

	ResidentContactController(ContactBank bank, ContactBankSettings settings, Organisation organisation, Clock clock) {
		this.bank = bank;
		this.settings = settings;
		this.organisation = organisation;
		this.clock = clock;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("topics", "districts", "ways", "frequency", "language", "needs", "ageBand",
				"residenceDistrictId", "occupation", "schoolParent", "consent");
	}

	@GetMapping("/{slug}/contact-bank")
	String page(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal ResidentPrincipal resident, Model model) {
		Optional<Membership> entry = bank.membership(municipality.id(), resident.id());
		PurposesForm form = entry.map(PurposesForm::of).orElseGet(PurposesForm::new);
		return view(municipality, resident, entry, form, model);
	}

	@PostMapping("/{slug}/contact-bank")
	String save(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal ResidentPrincipal resident, @ModelAttribute("form") PurposesForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<Membership> entry = bank.membership(municipality.id(), resident.id());
		boolean active = entry.isPresent() && entry.get().active(clock.instant());
		if (!result.hasErrors()) {
			try {
				if (active) {
					bank.changePurposes(municipality.id(), resident.id(), form.toPurposes());
					redirect.addFlashAttribute("flash", "contacts.flash.saved");
				}
				else {
					bank.join(municipality.id(), resident.id(), form.toPurposes(), form.isConsent());
					redirect.addFlashAttribute("flash", "contacts.flash.joined");
				}
				return "redirect:/" + municipality.slug() + "/contact-bank";
			}
			catch (InvalidContactInputException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view(municipality, resident, entry, form, model);
	}

	@PostMapping("/{slug}/contact-bank/renew")
	String renew(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal ResidentPrincipal resident, RedirectAttributes redirect) {
		bank.renewConsent(municipality.id(), resident.id());
		redirect.addFlashAttribute("flash", "contacts.flash.renewed");
		return "redirect:/" + municipality.slug() + "/contact-bank";
	}

	@PostMapping("/{slug}/contact-bank/withdraw")
	String withdraw(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal ResidentPrincipal resident, RedirectAttributes redirect) {
		bank.withdraw(municipality.id(), resident.id());
		redirect.addFlashAttribute("flash", "contacts.flash.withdrawn");
		return "redirect:/" + municipality.slug() + "/contact-bank";
	}

	@PostMapping("/{slug}/contact-bank/leave")
	String leave(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal ResidentPrincipal resident, RedirectAttributes redirect) {
		bank.leave(municipality.id(), resident.id());
		redirect.addFlashAttribute("flash", "contacts.flash.left");
		return "redirect:/" + municipality.slug() + "/contact-bank";
	}

	@GetMapping("/{slug}/contact-bank/export")
	ResponseEntity<Map<String, Object>> export(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal ResidentPrincipal resident) {
		ContactBank.Export export = bank.export(municipality.id(), resident.id())
			.orElseThrow(() -> new NotFoundException("contact member"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("municipality", municipality.name());
		body.put("contactBank", export);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"medskapa-contact-bank.json\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	private String view(Municipality municipality, ResidentPrincipal resident, Optional<Membership> entry,
			PurposesForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("entry", entry.orElse(null));
		model.addAttribute("active", entry.isPresent() && entry.get().active(clock.instant()));
		model.addAttribute("consentText", settings.currentConsent(municipality.id()).orElse(null));
		// Step-up: where the municipality requires e-ID to join, a resident without it is
		// offered to link it (and told what else they can do) instead of the form.
		model.addAttribute("eidRequired", !bank.mayJoin(municipality.id(), resident.id()));
		model.addAttribute("categories", organisation.categories(municipality.id()));
		model.addAttribute("districts", settings.districts(municipality.id()));
		model.addAttribute("asked", settings.backgroundFields(municipality.id()).stream().map(Enum::name).toList());
		model.addAttribute("ways", WayOfTakingPart.values());
		model.addAttribute("frequencies", ContactFrequency.values());
		model.addAttribute("languages", ContactLanguage.ALL);
		model.addAttribute("needs", AccessibilityNeed.values());
		model.addAttribute("ageBands", BackgroundField.AGE_BAND.answers());
		model.addAttribute("occupations", BackgroundField.OCCUPATION.answers());
		model.addAttribute("yesNo", BackgroundField.SCHOOL_PARENT.answers());
		if (entry.isPresent()) {
			model.addAttribute("contacts", bank.contacts(municipality.id(), resident.id()));
			model.addAttribute("reveals", bank.reveals(municipality.id(), resident.id()));
		}
		return "contacts/resident";
	}

}
