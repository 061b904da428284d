package se.medskapa.platform.web;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.EmailAlreadyUsedException;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.platform.MunicipalityRegistration;
import se.medskapa.platform.MunicipalityRegistration.NewMunicipality;
import se.medskapa.platform.MunicipalityRegistration.SlugTakenException;

import static se.medskapa.shared.Text.blankToNull;

/** The operator's list of municipalities and the form to register one. */
@Controller
class MunicipalityRegistrationController {

	private final Municipalities municipalities;

	private final MunicipalityRegistration registration;

	MunicipalityRegistrationController(Municipalities municipalities, MunicipalityRegistration registration) {
		this.municipalities = municipalities;
		this.registration = registration;
	}

	@GetMapping("/operator/municipalities")
	String list(Model model) {
		model.addAttribute("municipalities", municipalities.all());
		model.addAttribute("form", new RegistrationForm());
		return "platform/municipalities";
	}

	@PostMapping("/operator/municipalities")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal operator, Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				registration.register(form.toRequest(), operator.displayName(), locale);
				redirect.addFlashAttribute("flash", "flash.municipalityRegistered");
				return "redirect:/operator/municipalities";
			}
			catch (SlugTakenException ex) {
				result.rejectValue("slug", "validation.slugTaken");
			}
			catch (EmailAlreadyUsedException ex) {
				result.rejectValue("adminEmail", "validation.emailUsed");
			}
		}
		model.addAttribute("municipalities", municipalities.all());
		return "platform/municipalities";
	}

	public static class RegistrationForm {

		@NotBlank(message = "{validation.required}")
		@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.slug}")
		@Size(max = 40, message = "{validation.tooLong}")
		private String slug;

		@NotBlank(message = "{validation.required}")
		@Size(max = 120, message = "{validation.tooLong}")
		private String name;

		@Email(message = "{validation.email}")
		@Size(max = 254, message = "{validation.tooLong}")
		private String contactEmail;

		@Size(max = 40, message = "{validation.tooLong}")
		private String contactPhone;

		@Size(max = 200, message = "{validation.tooLong}")
		private String address;

		@Pattern(regexp = "(https?://\\S+)?", message = "{validation.url}")
		@Size(max = 200, message = "{validation.tooLong}")
		private String website;

		@NotBlank(message = "{validation.required}")
		@Size(max = 120, message = "{validation.tooLong}")
		private String adminName;

		@NotBlank(message = "{validation.required}")
		@Email(message = "{validation.email}")
		@Size(max = 254, message = "{validation.tooLong}")
		private String adminEmail;

		NewMunicipality toRequest() {
			return new NewMunicipality(slug.strip(), name.strip(), blankToNull(contactEmail), blankToNull(contactPhone),
					blankToNull(address), blankToNull(website), adminName.strip(), adminEmail.strip());
		}

		public String getSlug() {
			return slug;
		}

		public void setSlug(String slug) {
			this.slug = slug;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getContactEmail() {
			return contactEmail;
		}

		public void setContactEmail(String contactEmail) {
			this.contactEmail = contactEmail;
		}

		public String getContactPhone() {
			return contactPhone;
		}

		public void setContactPhone(String contactPhone) {
			this.contactPhone = contactPhone;
		}

		public String getAddress() {
			return address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public String getWebsite() {
			return website;
		}

		public void setWebsite(String website) {
			this.website = website;
		}

		public String getAdminName() {
			return adminName;
		}

		public void setAdminName(String adminName) {
			this.adminName = adminName;
		}

		public String getAdminEmail() {
			return adminEmail;
		}

		public void setAdminEmail(String adminEmail) {
			this.adminEmail = adminEmail;
		}

	}

}
