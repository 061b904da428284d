package se.medskapa.accessibility.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accessibility.AccessibilityReport;
import se.medskapa.accessibility.AccessibilityReports;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.MunicipalityFaces;

/**
 * The accessibility statement with its report form, and the operator's list of reports.
 * Under a municipality ({@code /{slug}/accessibility}) the statement also names the
 * municipality, the responsible body under lag 2018:1937, with the contact its admin gave
 * (read through the municipalities module's public API).
 */
@Controller
class AccessibilityController {

	static final int PAGE_SIZE = 50;

	private final AccessibilityReports reports;

	private final MunicipalityFaces faces;

	AccessibilityController(AccessibilityReports reports, MunicipalityFaces faces) {
		this.reports = reports;
		this.faces = faces;
	}

	@GetMapping("/accessibility")
	String statement(Model model) {
		model.addAttribute("form", new ReportForm());
		return "accessibility/statement";
	}

	@GetMapping("/{slug:[a-z0-9-]+}/accessibility")
	String municipalityStatement(@ModelAttribute("municipality") Municipality municipality, Model model) {
		model.addAttribute("responsibleContact", faces.accessibilityContact(municipality.id()));
		return statement(model);
	}

	@PostMapping("/accessibility/report")
	String report(@Valid @ModelAttribute("form") ReportForm form, BindingResult result, Locale locale,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "accessibility/statement";
		}
		reports.report(form.getPageAddress(), form.getDescription(), form.getName(), form.getEmail(), locale);
		redirect.addFlashAttribute("flash", "flash.accessibilityReported");
		return "redirect:/accessibility";
	}

	@GetMapping("/operator/accessibility-reports")
	String list(@RequestParam(required = false) Long before, Model model) {
		List<AccessibilityReport> page = reports.recent(before, PAGE_SIZE);
		model.addAttribute("reports", page);
		model.addAttribute("nextBefore", page.size() == PAGE_SIZE ? page.get(page.size() - 1).id() : null);
		return "accessibility/reports";
	}

	public static class ReportForm {

		@Size(max = 500, message = "{validation.tooLong}")
		private String pageAddress;

		@NotBlank(message = "{validation.required}")
		@Size(max = 5000, message = "{validation.tooLong}")
		private String description;

		@Size(max = 120, message = "{validation.tooLong}")
		private String name;

		@Email(message = "{validation.email}")
		@Size(max = 254, message = "{validation.tooLong}")
		private String email;

		public String getPageAddress() {
			return pageAddress;
		}

		public void setPageAddress(String pageAddress) {
			this.pageAddress = pageAddress;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

}
