package se.medskapa.accounts.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.EidProviders;
import se.medskapa.accounts.MunicipalityClientRegistrations;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffSsoProvider;
import se.medskapa.accounts.StaffSsoProviders;
import se.medskapa.accounts.StaffSsoSettings;
import se.medskapa.municipalities.Municipality;

/**
 * The municipality admin's page of the municipality's sign-in services (ADR 0034): the
 * staff single sign-on through the municipality's directory, edited here and used from
 * the next sign-in, and the residents' e-ID provider, shown only (the operator sets it:
 * one person's e-ID finds one account across municipalities, so a municipality's admin
 * must not be able to point it elsewhere). No secret is shown or taken.
 */
@Controller
@RequestMapping("/{slug}/admin/sign-in")
class SignInProvidersController {

	private final StaffSsoProviders staffProviders;

	private final EidProviders eidProviders;

	private final String baseUrl;

	SignInProvidersController(StaffSsoProviders staffProviders, EidProviders eidProviders,
			@Value("${medskapa.base-url}") String baseUrl) {
		this.staffProviders = staffProviders;
		this.eidProviders = eidProviders;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "municipalityId");
	}

	@GetMapping
	String page(@ModelAttribute("municipality") Municipality municipality, Model model) {
		model.addAttribute("form",
				staffProviders.ofMunicipality(municipality.id()).map(SsoForm::of).orElseGet(SsoForm::new));
		return view(municipality, model);
	}

	@PostMapping
	String save(@ModelAttribute("municipality") Municipality municipality, @Valid @ModelAttribute("form") SsoForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(municipality, model);
		}
		staffProviders.configure(municipality.id(), form.settings());
		redirect.addFlashAttribute("flash", "admin.signIn.saved");
		return "redirect:/" + municipality.slug() + "/admin/sign-in";
	}

	private String view(Municipality municipality, Model model) {
		model.addAttribute("roles", StaffRole.municipalityRoles());
		model.addAttribute("redirectUri", baseUrl + "/login/oauth2/code/"
				+ MunicipalityClientRegistrations.staffRegistrationId(municipality.slug()));
		model.addAttribute("postLogoutUri", baseUrl + "/?signedOut");
		eidProviders.forMunicipality(municipality.id()).ifPresent(provider -> model.addAttribute("eid", provider));
		return "accounts/sign-in-providers";
	}

	/** The staff single sign-on settings; role groups by role name, comma-separated. */
	static class SsoForm {

		@NotBlank(message = "{validation.required}")
		@Pattern(regexp = "\\s*https?://\\S+\\s*", message = "{validation.issuer}")
		@Size(max = 500, message = "{validation.tooLong}")
		private String issuer;

		@NotBlank(message = "{validation.required}")
		@Size(max = 200, message = "{validation.tooLong}")
		private String clientId;

		@Size(max = 500, message = "{validation.tooLong}")
		private String scopes;

		@Size(max = 500, message = "{validation.tooLong}")
		private String acrValues;

		@Size(max = 500, message = "{validation.tooLong}")
		private String mfaAcrValues;

		@Size(max = 200, message = "{validation.tooLong}")
		private String emailClaim;

		@Size(max = 200, message = "{validation.tooLong}")
		private String groupsClaim;

		private boolean createAccounts;

		private boolean enabled = true;

		private Map<String, String> roleGroups = new LinkedHashMap<>();

		static SsoForm of(StaffSsoProvider provider) {
			SsoForm form = new SsoForm();
			form.issuer = provider.issuer();
			form.clientId = provider.clientId();
			form.scopes = provider.scopes();
			form.acrValues = provider.acrValues();
			form.mfaAcrValues = provider.mfaAcrValues();
			form.emailClaim = provider.emailClaim();
			form.groupsClaim = provider.groupsClaim();
			form.createAccounts = provider.createAccounts();
			form.enabled = provider.enabled();
			provider.roleGroups()
				.forEach((role, groups) -> form.roleGroups.put(role.name(), String.join(", ", groups)));
			return form;
		}

		StaffSsoSettings settings() {
			Map<StaffRole, Set<String>> groups = new EnumMap<>(StaffRole.class);
			for (StaffRole role : StaffRole.municipalityRoles()) {
				String value = roleGroups.get(role.name());
				if (value != null) {
					Set<String> names = new LinkedHashSet<>();
					Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
					if (!names.isEmpty()) {
						groups.put(role, names);
					}
				}
			}
			return new StaffSsoSettings(issuer, clientId, scopes, acrValues, mfaAcrValues, emailClaim, groupsClaim,
					createAccounts, enabled, groups);
		}

		public String getIssuer() {
			return issuer;
		}

		public void setIssuer(String issuer) {
			this.issuer = issuer;
		}

		public String getClientId() {
			return clientId;
		}

		public void setClientId(String clientId) {
			this.clientId = clientId;
		}

		public String getScopes() {
			return scopes;
		}

		public void setScopes(String scopes) {
			this.scopes = scopes;
		}

		public String getAcrValues() {
			return acrValues;
		}

		public void setAcrValues(String acrValues) {
			this.acrValues = acrValues;
		}

		public String getMfaAcrValues() {
			return mfaAcrValues;
		}

		public void setMfaAcrValues(String mfaAcrValues) {
			this.mfaAcrValues = mfaAcrValues;
		}

		public String getEmailClaim() {
			return emailClaim;
		}

		public void setEmailClaim(String emailClaim) {
			this.emailClaim = emailClaim;
		}

		public String getGroupsClaim() {
			return groupsClaim;
		}

		public void setGroupsClaim(String groupsClaim) {
			this.groupsClaim = groupsClaim;
		}

		public boolean isCreateAccounts() {
			return createAccounts;
		}

		public void setCreateAccounts(boolean createAccounts) {
			this.createAccounts = createAccounts;
		}

		public boolean isEnabled() {
			return enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Map<String, String> getRoleGroups() {
			return roleGroups;
		}

		public void setRoleGroups(Map<String, String> roleGroups) {
			this.roleGroups = roleGroups;
		}

	}

}
