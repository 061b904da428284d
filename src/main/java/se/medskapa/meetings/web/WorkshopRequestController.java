package se.medskapa.meetings.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
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
import se.medskapa.cases.intake.IntakeReceipt;
import se.medskapa.meetings.WorkshopRequests;
import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.RateLimiter;

/**
 * "Book a workshop at our workplace": the public form; a request becomes a case, so the
 * receipt is the case's own, at its tracking address. Requests are limited per client
 * address and per e-mail address (counters in PostgreSQL); a robot that fills in the
 * honeypot is sent back to the list without a case.
 */
@Controller
class WorkshopRequestController {

	private final WorkshopRequests requests;

	private final RateLimiter rateLimiter;

	private final int perAddress;

	private final int perEmail;

	private final Duration window;

	WorkshopRequestController(WorkshopRequests requests, RateLimiter rateLimiter,
			@Value("${medskapa.meetings.workshop-requests.per-address:10}") int perAddress,
			@Value("${medskapa.meetings.workshop-requests.per-email:5}") int perEmail,
			@Value("${medskapa.meetings.workshop-requests.window:PT1H}") Duration window) {
		this.requests = requests;
		this.rateLimiter = rateLimiter;
		this.perAddress = perAddress;
		this.perEmail = perEmail;
		this.window = window;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields(WorkshopRequestForm.FIELDS);
	}

	@GetMapping("/{slug}/events/workshop-request")
	String form(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal ResidentPrincipal resident, Model model) {
		WorkshopRequestForm form = new WorkshopRequestForm();
		if (resident != null) {
			form.setName(resident.displayName());
			form.setEmail(resident.email());
		}
		model.addAttribute("form", form);
		return "meetings/workshop-request";
	}

	@PostMapping("/{slug}/events/workshop-request")
	String submit(@ModelAttribute("municipality") Municipality municipality,
			@Valid @ModelAttribute("form") WorkshopRequestForm form, BindingResult result,
			@AuthenticationPrincipal ResidentPrincipal resident, HttpServletRequest request, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "meetings/workshop-request";
		}
		if (!rateLimiter.tryAcquire("workshop-request:" + request.getRemoteAddr(), perAddress, window)) {
			result.reject("meetings.workshopRequest.tooMany");
		}
		else if (!rateLimiter.tryAcquire("workshop-request-email:" + form.getEmail().strip().toLowerCase(Locale.ROOT),
				perEmail, window)) {
			result.rejectValue("email", "meetings.workshopRequest.tooManyForEmail");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "meetings/workshop-request";
		}
		if (form.robot()) {
			return "redirect:/" + municipality.slug() + "/events";
		}
		IntakeReceipt receipt = requests.submitRequest(municipality, form.request(locale.getLanguage()),
				resident == null ? null : resident.id());
		redirect.addFlashAttribute("reference", receipt.reference());
		return "redirect:/" + municipality.slug() + "/track/" + receipt.trackingToken() + "/receipt";
	}

}
