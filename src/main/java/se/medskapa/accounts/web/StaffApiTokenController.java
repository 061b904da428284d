package se.medskapa.accounts.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.IssuedStaffApiToken;
import se.medskapa.accounts.StaffApiTokens;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.TooManyApiTokensException;

/**
 * The staff member's own API tokens: create one with a name and a validity, see when each
 * was last used, revoke one. A new token's value travels in the flash of the redirect
 * after creation, so it is shown on exactly one page view and never again.
 */
@Controller
@RequestMapping("/staff/api-tokens")
class StaffApiTokenController {

	/** The validities offered, in days; 0 means the token does not expire. */
	static final List<Integer> VALIDITY_DAYS = List.of(30, 90, 365, 0);

	private final StaffApiTokens tokens;

	private final Clock clock;

	private final String baseUrl;

	StaffApiTokenController(StaffApiTokens tokens, Clock clock, @Value("${medskapa.base-url}") String baseUrl) {
		this.tokens = tokens;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "validityDays");
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		TokenForm form = new TokenForm();
		form.setValidityDays(90);
		return page(me, form, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") TokenForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (me.municipalityId() == null) {
			return page(me, form, model);
		}
		if (form.getValidityDays() != null && !VALIDITY_DAYS.contains(form.getValidityDays())) {
			result.rejectValue("validityDays", "validation.chooseOne");
		}
		if (result.hasErrors()) {
			return page(me, form, model);
		}
		IssuedStaffApiToken issued;
		try {
			issued = tokens.create(me, form.getName(),
					form.getValidityDays() == 0 ? null : Duration.ofDays(form.getValidityDays()));
		}
		catch (TooManyApiTokensException ex) {
			result.reject("apiTokens.tooMany", new Object[] { StaffApiTokens.MAX_ACTIVE_TOKENS }, null);
			return page(me, form, model);
		}
		// Plain strings: the flash lives in the session until the next page view.
		redirect.addFlashAttribute("issuedToken", issued.token());
		redirect.addFlashAttribute("issuedName", issued.name());
		redirect.addFlashAttribute("flash", "flash.apiTokenCreated");
		return "redirect:/staff/api-tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(me, id);
		redirect.addFlashAttribute("flash", "flash.apiTokenRevoked");
		return "redirect:/staff/api-tokens";
	}

	private String page(StaffPrincipal me, TokenForm form, Model model) {
		model.addAttribute("staff", me);
		model.addAttribute("form", form);
		model.addAttribute("validityDays", VALIDITY_DAYS);
		model.addAttribute("now", clock.instant());
		model.addAttribute("apiUrl", baseUrl + "/api/v1/" + me.municipalitySlug() + "/staff/cases");
		model.addAttribute("tokens", me.municipalityId() == null ? List.of() : tokens.tokensOf(me));
		return "accounts/api-tokens";
	}

	/** What a staff member fills in to create a token. */
	static class TokenForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = StaffApiTokens.MAX_NAME_LENGTH, message = "{validation.tooLong}")
		private String name;

		@NotNull(message = "{validation.chooseOne}")
		private Integer validityDays;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Integer getValidityDays() {
			return validityDays;
		}

		public void setValidityDays(Integer validityDays) {
			this.validityDays = validityDays;
		}

	}

}
