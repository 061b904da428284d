package se.medskapa.accounts.web;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.InvalidCodeException;
import se.medskapa.accounts.InvalidTokenException;
import se.medskapa.accounts.StaffCredentials;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffSsoProviders;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.accounts.web.AccountForms.CodeForm;
import se.medskapa.accounts.web.AccountForms.EmailForm;
import se.medskapa.accounts.web.AccountForms.InvitationForm;
import se.medskapa.accounts.web.AccountForms.NewPasswordForm;

/**
 * Staff sign-in (password, then TOTP code), the staff start page, password reset and
 * invitations.
 */
@Controller
class StaffLoginController {

	private final StaffCredentials credentials;

	private static final Set<String> SSO_FAILURES = Set.of("failed", "not-configured", "no-account",
			"no-second-factor");

	private final StaffUserDetailsService staff;

	private final StaffSsoProviders ssoProviders;

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	StaffLoginController(StaffCredentials credentials, StaffUserDetailsService staff, StaffSsoProviders ssoProviders) {
		this.credentials = credentials;
		this.staff = staff;
		this.ssoProviders = ssoProviders;
	}

	@GetMapping("/staff/login")
	String loginPage(@RequestParam(required = false) String sso, Model model) {
		model.addAttribute("ssoProviders", ssoProviders.all());
		if (sso != null) {
			model.addAttribute("ssoFailure", SSO_FAILURES.contains(sso) ? sso : "failed");
		}
		return "accounts/staff-login";
	}

	@GetMapping("/staff/login/second-factor")
	String secondFactorPage(Model model) {
		model.addAttribute("form", new CodeForm());
		return "accounts/second-factor";
	}

	@PostMapping("/staff/login/second-factor")
	String verifySecondFactor(@AuthenticationPrincipal StaffPrincipal principal,
			@Valid @ModelAttribute("form") CodeForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return "accounts/second-factor";
		}
		if (!credentials.verifySecondFactor(principal, form.getCode())) {
			if (!credentials.maySignIn(principal.id())) {
				// Locked by too many wrong codes, or deactivated meanwhile: back to the
				// start.
				new SecurityContextLogoutHandler().logout(request, response, null);
				return "redirect:/staff/login?error";
			}
			result.rejectValue("code", "validation.totpWrong");
			return "accounts/second-factor";
		}
		StaffPrincipal current = staff.reload(principal.id()).orElseThrow();
		current.eraseCredentials();
		Authentication full = UsernamePasswordAuthenticationToken.authenticated(current, null,
				current.fullAuthorities());
		// A new session id for the new privilege level, then the fully authenticated
		// context.
		request.changeSessionId();
		SecurityContext context = contextHolder.createEmptyContext();
		context.setAuthentication(full);
		contextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
		SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
		return "redirect:" + (saved != null ? saved.getRedirectUrl() : "/staff");
	}

	@GetMapping("/staff/password-reset")
	String passwordResetRequestPage(Model model) {
		model.addAttribute("form", new EmailForm());
		return "accounts/password-reset-request";
	}

	@PostMapping("/staff/password-reset")
	String requestPasswordReset(@Valid @ModelAttribute("form") EmailForm form, BindingResult result, Locale locale) {
		if (result.hasErrors()) {
			return "accounts/password-reset-request";
		}
		credentials.requestPasswordReset(form.getEmail(), locale);
		return "accounts/password-reset-sent";
	}

	@GetMapping("/staff/password-reset/new")
	String newPasswordPage(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("form", new NewPasswordForm());
		model.addAttribute("validLink", credentials.isValidPasswordResetToken(token));
		return "accounts/password-reset-new";
	}

	@PostMapping("/staff/password-reset/new")
	String resetPassword(@RequestParam String token, @Valid @ModelAttribute("form") NewPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		model.addAttribute("validLink", true);
		rejectDifferentRepeat(form, result);
		if (result.hasErrors()) {
			return "accounts/password-reset-new";
		}
		try {
			credentials.resetPassword(token, form.getNewPassword());
		}
		catch (InvalidTokenException ex) {
			model.addAttribute("validLink", false);
			return "accounts/password-reset-new";
		}
		redirect.addFlashAttribute("flash", "flash.passwordChanged");
		return "redirect:/staff/login";
	}

	@GetMapping("/staff/invitation")
	String invitationPage(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("form", new InvitationForm());
		return invitationView(token, model);
	}

	@PostMapping("/staff/invitation")
	String acceptInvitation(@RequestParam String token, @Valid @ModelAttribute("form") InvitationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		rejectDifferentRepeat(form, result);
		if (result.hasErrors()) {
			return invitationView(token, model);
		}
		try {
			credentials.acceptInvitation(token, form.getNewPassword(), form.getCode());
		}
		catch (InvalidCodeException ex) {
			result.rejectValue("code", "validation.totpWrong");
			return invitationView(token, model);
		}
		catch (InvalidTokenException ex) {
			return invitationView(token, model);
		}
		redirect.addFlashAttribute("flash", "flash.invitationAccepted");
		return "redirect:/staff/login";
	}

	/**
	 * The error belongs to the repeat field, so that it shows there and the error summary
	 * links to it.
	 */
	private static void rejectDifferentRepeat(NewPasswordForm form, BindingResult result) {
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getRepeatPassword())) {
			result.rejectValue("repeatPassword", "validation.passwordsDiffer");
		}
	}

	private String invitationView(String token, Model model) {
		try {
			model.addAttribute("invitation", credentials.invitation(token));
		}
		catch (InvalidTokenException ex) {
			model.addAttribute("invitation", null);
		}
		return "accounts/invitation";
	}

}
