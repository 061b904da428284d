package se.medskapa.accounts.web;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
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

	/** A page asked for by following a case, which the sign-in returns to. */
	private static final Pattern FOLLOW = Pattern.compile("/[a-z0-9-]+/cases/([A-Za-z0-9-]+)/follow");

	private final RequestCache requestCache = new HttpSessionRequestCache();

	@GetMapping("/login")
	String loginPage(HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("form", new EmailForm());
		// Say why when the resident came to follow a case (UX finding 8): the link in
		// the mail brings them back to it.
		SavedRequest saved = requestCache.getRequest(request, response);
		if (saved != null) {
			Matcher follow = FOLLOW.matcher(URI.create(saved.getRedirectUrl()).getPath());
			if (follow.matches()) {
				model.addAttribute("followReference", follow.group(1));
			}
		}
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
