package se.medskapa.accounts.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.medskapa.accounts.Residents;
import se.medskapa.accounts.web.AccountForms.EmailForm;

/**
 * Resident sign-in by e-mail link. The link opens a page with a button rather than
 * signing in on GET, so that mail scanners that follow links cannot use the token up.
 */
@Controller
class ResidentLoginController {

	private final Residents residents;

	ResidentLoginController(Residents residents) {
		this.residents = residents;
	}

	@GetMapping("/login")
	String loginPage(Model model) {
		model.addAttribute("form", new EmailForm());
		return "accounts/login";
	}

	@PostMapping("/login")
	String sendLink(@Valid @ModelAttribute("form") EmailForm form, BindingResult result, Locale locale) {
		if (result.hasErrors()) {
			return "accounts/login";
		}
		residents.sendSignInLink(form.getEmail(), locale);
		return "redirect:/login/sent";
	}

	@GetMapping("/login/sent")
	String linkSent() {
		return "accounts/login-sent";
	}

	@GetMapping("/login/ott")
	String confirm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		return "accounts/login-confirm";
	}

}
