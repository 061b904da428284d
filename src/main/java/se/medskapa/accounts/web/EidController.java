package se.medskapa.accounts.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.EidLogin;
import se.medskapa.accounts.EidProviders;
import se.medskapa.accounts.ResidentIdentities;
import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.web.AccountForms.EmailForm;
import se.medskapa.municipalities.Municipality;

/**
 * A municipality's sign-in page (e-ID beside the e-mail link) and linking e-ID to the
 * account one is signed in with (docs/e-id.md).
 */
@Controller
class EidController {

	private final EidProviders providers;

	private final ResidentIdentities identities;

	private final EidLogin login;

	EidController(EidProviders providers, ResidentIdentities identities, EidLogin login) {
		this.providers = providers;
		this.identities = identities;
		this.login = login;
	}

	@GetMapping("/{slug}/login")
	String loginPage(@ModelAttribute("municipality") Municipality municipality, Model model) {
		model.addAttribute("form", new EmailForm());
		providers.forMunicipality(municipality.id()).ifPresent(provider -> model.addAttribute("eidProvider", provider));
		return "accounts/login";
	}

	/**
	 * Links e-ID to the signed-in account through this municipality's provider, then
	 * returns to {@code returnTo} (a page of this municipality, or the account page). A
	 * link, not a form: the CSP's {@code form-action 'self'} would stop the browser from
	 * following a form's redirect to the provider. Nothing is linked before the resident
	 * has proven the identity at the provider, and the answer must carry this session's
	 * {@code state}.
	 */
	@GetMapping("/{slug}/e-id/link")
	String link(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal ResidentPrincipal resident, @RequestParam(required = false) String returnTo,
			HttpSession session) {
		if (providers.forMunicipality(municipality.id()).isEmpty()) {
			return "redirect:/account?eid=not-configured";
		}
		boolean local = returnTo != null && returnTo.matches("/" + municipality.slug() + "(/[A-Za-z0-9/-]*)?");
		login.startLinking(session, resident.id(), local ? returnTo : "/account");
		return "redirect:" + EidLogin.authorizationPath(municipality.slug());
	}

	@PostMapping("/account/e-id/unlink")
	String unlink(@AuthenticationPrincipal ResidentPrincipal resident, RedirectAttributes redirect) {
		identities.unlink(resident.id());
		redirect.addFlashAttribute("flash", "eid.flash.unlinked");
		return "redirect:/account";
	}

}
