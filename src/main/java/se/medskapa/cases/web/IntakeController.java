package se.medskapa.cases.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.cases.Attachment;
import se.medskapa.cases.CaseAttachments;
import se.medskapa.cases.CaseAttachments.AnnouncedFile;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseTracking;
import se.medskapa.cases.CaseTracking.Receipt;
import se.medskapa.cases.InvalidAttachmentException;
import se.medskapa.cases.InvalidCaseActionException;
import se.medskapa.cases.SimilarCases.SimilarCase;
import se.medskapa.cases.SimilarCases;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.cases.TrackedCase;
import se.medskapa.cases.UnknownCategoryException;
import se.medskapa.cases.web.IntakeLimits.Refusal;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.Text;

/**
 * The one entry point as a page: the form, the receipt, and the private tracking page.
 */
@Controller
class IntakeController {

	private final Organisation organisation;

	private final CaseIntake intake;

	private final CaseTracking tracking;

	private final IntakeLimits limits;

	private final CaseHandling handling;

	private final SimilarCases similarCases;

	private final String baseUrl;

	IntakeController(Organisation organisation, CaseIntake intake, CaseTracking tracking, IntakeLimits limits,
			CaseHandling handling, SimilarCases similarCases, @Value("${medskapa.base-url}") String baseUrl) {
		this.baseUrl = baseUrl;
		this.organisation = organisation;
		this.intake = intake;
		this.tracking = tracking;
		this.limits = limits;
		this.handling = handling;
		this.similarCases = similarCases;
	}

	@InitBinder("linkMail")
	void linkMailFields(WebDataBinder binder) {
		binder.setAllowedFields("email");
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("kind", "title", "description", "categoryId", "place", "name", "email",
				"publishPermission", "website", "attachments", "latitude", "longitude");
		binder.registerCustomEditor(Double.class, "latitude", new DecimalCommaEditor());
		binder.registerCustomEditor(Double.class, "longitude", new DecimalCommaEditor());
	}

	@GetMapping("/{slug}/cases/new")
	String form(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal ResidentPrincipal resident, Model model) {
		CaseForm form = new CaseForm();
		form.setKind(CaseKind.IDEA);
		if (resident != null) {
			form.setEmail(resident.email());
			form.setName(resident.displayName());
		}
		return formView(municipality, form, model);
	}

	@PostMapping("/{slug}/cases")
	String submit(@ModelAttribute("municipality") Municipality municipality,
			@Valid @ModelAttribute("form") CaseForm form, BindingResult result,
			@AuthenticationPrincipal ResidentPrincipal resident, HttpServletRequest request, Locale locale, Model model,
			@RequestParam(defaultValue = "false") boolean confirmedNotDuplicate, RedirectAttributes redirect) {
		// Half a map point only when both fields could be read: a coordinate in the wrong
		// form is told at its own field, not as a missing one.
		if (form.halfAMapPoint() && !result.hasFieldErrors("latitude") && !result.hasFieldErrors("longitude")) {
			result.rejectValue(form.getLatitude() == null ? "latitude" : "longitude", "validation.mapPointBoth");
		}
		if (result.hasErrors()) {
			return formView(municipality, form, model);
		}
		// Files are checked before anything else is asked: a wrong file is the error to
		// show first. Sending files is limited per address, counted before any file is
		// read, and their number and sizes are checked before their content is read:
		// a refused upload costs neither memory nor an unlimited number of tries.
		List<MultipartFile> parts = chosenFiles(form);
		if (!parts.isEmpty() && !limits.countUpload(request)) {
			result.rejectValue("attachments", Refusal.UPLOADS.messageKey());
			return formView(municipality, form, model);
		}
		List<Attachment> files;
		try {
			CaseAttachments.checkAnnounced(
					parts.stream().map(file -> new AnnouncedFile(file.getOriginalFilename(), file.getSize())).toList());
			files = attachments(parts);
			CaseAttachments.check(files);
		}
		catch (InvalidAttachmentException ex) {
			result.rejectValue("attachments", ex.messageKey(), new Object[] { ex.fileName() }, ex.messageKey());
			return formView(municipality, form, model);
		}
		if (!confirmedNotDuplicate) {
			List<SimilarCase> similar = similarCases.like(municipality.id(), form.getTitle());
			if (!similar.isEmpty()) {
				// Without JavaScript the suggestions come as a confirmation step;
				// everything typed stays in the form.
				model.addAttribute("similar", similar);
				model.addAttribute("confirmStep", true);
				return formView(municipality, form, model);
			}
		}
		Optional<Refusal> refusal = limits.count(request, form.getEmail());
		if (refusal.isPresent()) {
			if (refusal.get() == Refusal.EMAIL) {
				result.rejectValue("email", refusal.get().messageKey());
			}
			else {
				result.reject(refusal.get().messageKey());
			}
			return formView(municipality, form, model);
		}
		Long residentId = resident == null ? null : resident.id();
		SubmittedCase submitted;
		try {
			submitted = intake.submit(municipality, form.toSubmission(locale.getLanguage(), residentId), files);
		}
		catch (UnknownCategoryException ex) {
			result.rejectValue("categoryId", "validation.chooseOne");
			return formView(municipality, form, model);
		}
		catch (InvalidAttachmentException ex) {
			result.rejectValue("attachments", ex.messageKey(), new Object[] { ex.fileName() }, ex.messageKey());
			return formView(municipality, form, model);
		}
		// The reference also travels as a flash attribute, as from the challenges' form;
		// the receipt itself reads everything from the case.
		redirect.addFlashAttribute("reference", submitted.reference());
		return "redirect:/" + municipality.slug() + "/track/" + submitted.trackingToken() + "/receipt";
	}

	/**
	 * Suggestions while typing the title (fetched by medskapa.js); a small HTML fragment.
	 */
	@GetMapping("/{slug}/cases/similar")
	String similar(@ModelAttribute("municipality") Municipality municipality,
			@RequestParam(required = false) String title, Model model) {
		model.addAttribute("similar", similarCases.like(municipality.id(), title));
		return "cases/similar :: suggestions";
	}

	/**
	 * The old receipt address, still reached from the challenges' solution form with the
	 * tracking path as a flash attribute: on to the receipt at the tracking address. A
	 * reload (no flash) explains how to get the link again instead of blaming anyone.
	 */
	@GetMapping("/{slug}/cases/receipt")
	String receipt(Model model) {
		if (model.getAttribute("trackingPath") instanceof String trackingPath) {
			return "redirect:" + trackingPath + "/receipt";
		}
		return "cases/receipt";
	}

	/**
	 * The receipt lives at the tracking address (UX finding 1): a reload, or a phone
	 * restoring the tab, shows it again, and no secret is stored for it. After
	 * {@link CaseTracking#RECEIPT_DAYS} the address shows the tracking page.
	 */
	@GetMapping("/{slug}/track/{token}/receipt")
	String trackedReceipt(@ModelAttribute("municipality") Municipality municipality, @PathVariable String token,
			Model model) {
		Optional<Receipt> receipt = tracking.receipt(municipality.id(), token);
		if (receipt.isEmpty()) {
			tracking.byToken(municipality.id(), token).orElseThrow(() -> new NotFoundException("case"));
			return "redirect:/" + municipality.slug() + "/track/" + token;
		}
		return receiptView(municipality, token, receipt.get(), new LinkMailForm(), model);
	}

	/**
	 * The tracking link by mail to an address typed on the receipt; limited per client,
	 * address and case, and the mail carries no text from the case (F5).
	 */
	@PostMapping("/{slug}/track/{token}/receipt/mail")
	String mailLink(@ModelAttribute("municipality") Municipality municipality, @PathVariable String token,
			@Valid @ModelAttribute("linkMail") LinkMailForm form, BindingResult result, HttpServletRequest request,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Receipt receipt = tracking.receipt(municipality.id(), token).orElseThrow(() -> new NotFoundException("case"));
		if (!result.hasErrors() && !limits.countLinkMail(request, form.getEmail(), receipt.reference())) {
			result.rejectValue("email", "receipt.mail.rateLimited");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return receiptView(municipality, token, receipt, form, model);
		}
		tracking.mailLink(municipality.id(), token, form.getEmail(), locale.getLanguage());
		redirect.addFlashAttribute("flash", "flash.receipt.linkMailed");
		return "redirect:/" + municipality.slug() + "/track/" + token + "/receipt";
	}

	private String receiptView(Municipality municipality, String token, Receipt receipt, LinkMailForm form,
			Model model) {
		String trackingPath = "/" + municipality.slug() + "/track/" + token;
		model.addAttribute("receipt", receipt);
		model.addAttribute("trackingPath", trackingPath);
		model.addAttribute("trackingUrl", baseUrl + trackingPath);
		model.addAttribute("linkMail", form);
		return "cases/receipt";
	}

	@GetMapping("/{slug}/track/{token}")
	String track(@ModelAttribute("municipality") Municipality municipality, @PathVariable String token, Model model) {
		model.addAttribute("actionBase", "/" + municipality.slug() + "/track/" + token);
		model.addAttribute("tracked",
				tracking.byToken(municipality.id(), token).orElseThrow(() -> new NotFoundException("case")));
		return "cases/track";
	}

	@PostMapping("/{slug}/track/{token}/reply")
	String reply(@ModelAttribute("municipality") Municipality municipality, @PathVariable String token,
			@RequestParam(required = false) String message, RedirectAttributes redirect) {
		try {
			handling.replyToCase(municipality.id(), token, message);
			redirect.addFlashAttribute("flash", "flash.case.replySent");
		}
		catch (InvalidCaseActionException ex) {
			// Shown at the reply field, which keeps what was written.
			redirect.addFlashAttribute("replyError", ex.messageKey());
			redirect.addFlashAttribute("reply", Text.atMost(message, CaseHandling.MAX_TEXT_LENGTH));
		}
		return "redirect:/" + municipality.slug() + "/track/" + token;
	}

	/**
	 * Withdrawing asks first, on a page of its own that says what happens (UX finding
	 * 11); a closed case has nothing to withdraw and goes back to its page.
	 */
	@GetMapping("/{slug}/track/{token}/withdraw")
	String confirmWithdraw(@ModelAttribute("municipality") Municipality municipality, @PathVariable String token,
			Model model) {
		TrackedCase tracked = tracking.byToken(municipality.id(), token)
			.orElseThrow(() -> new NotFoundException("case"));
		if (tracked.status().isClosed()) {
			return "redirect:/" + municipality.slug() + "/track/" + token;
		}
		model.addAttribute("actionBase", "/" + municipality.slug() + "/track/" + token);
		model.addAttribute("tracked", tracked);
		return "cases/withdraw";
	}

	@PostMapping("/{slug}/track/{token}/withdraw")
	String withdraw(@ModelAttribute("municipality") Municipality municipality, @PathVariable String token,
			RedirectAttributes redirect) {
		try {
			handling.withdrawCase(municipality.id(), token);
			redirect.addFlashAttribute("flash", "flash.case.withdrawn");
		}
		catch (InvalidCaseActionException ex) {
			redirect.addFlashAttribute("caseError", ex.messageKey());
		}
		return "redirect:/" + municipality.slug() + "/track/" + token;
	}

	/**
	 * The chosen files; an empty file input sends one empty part, which is no attachment.
	 */
	private static List<MultipartFile> chosenFiles(CaseForm form) {
		return form.getAttachments().stream().filter(file -> file != null && !file.isEmpty()).toList();
	}

	private static List<Attachment> attachments(List<MultipartFile> parts) {
		List<Attachment> files = new ArrayList<>();
		for (MultipartFile file : parts) {
			try {
				files.add(new Attachment(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new InvalidAttachmentException("attachment.error.type", file.getOriginalFilename());
			}
		}
		return files;
	}

	private String formView(Municipality municipality, CaseForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("categories", organisation.categories(municipality.id()));
		return "cases/new";
	}

}
