package se.medskapa.cases.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.cases.CaseAccessDeniedException;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.InvalidCaseActionException;
import se.medskapa.cases.RoutingRules;
import se.medskapa.cases.StaffCaseDetail;
import se.medskapa.cases.StaffCaseViews;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.MunicipalityNotFoundException;
import se.medskapa.municipalities.Organisation;

/**
 * The idea sluice for staff: the queues (coach, unit, mine) and the case page with the
 * actions the staff member's role allows. Every action is a POST that redirects back with
 * a flash message; a refused action explains itself and loses nothing typed (the typed
 * text comes back in the flash).
 */
@Controller
@RequestMapping("/{slug}/staff/cases")
class StaffCasesController {

	private final Municipalities municipalities;

	private final Organisation organisation;

	private final StaffDirectory staff;

	private final StaffCaseViews views;

	private final CaseHandling handling;

	private final RoutingRules routingRules;

	private final se.medskapa.cases.CaseAttachments attachments;

	private final se.medskapa.cases.CaseIntake intake;

	StaffCasesController(Municipalities municipalities, Organisation organisation, StaffDirectory staff,
			StaffCaseViews views, CaseHandling handling, RoutingRules routingRules,
			se.medskapa.cases.CaseAttachments attachments, se.medskapa.cases.CaseIntake intake) {
		this.intake = intake;
		this.municipalities = municipalities;
		this.organisation = organisation;
		this.staff = staff;
		this.views = views;
		this.handling = handling;
		this.routingRules = routingRules;
		this.attachments = attachments;
	}

	@GetMapping
	String queues(@ModelAttribute("municipality") Municipality municipality, @AuthenticationPrincipal StaffPrincipal me,
			Model model) {
		List<Long> myUnits = staff.unitIdsOf(municipality.id(), me.id());
		boolean coach = me.hasRole(StaffRole.IDEA_COACH);
		model.addAttribute("staff", me);
		model.addAttribute("coachQueue", coach ? views.coachQueue(municipality.id()) : null);
		model.addAttribute("overdue", coach ? views.overdue(municipality.id()) : null);
		model.addAttribute("unitQueue", views.unitQueue(municipality.id(), myUnits));
		model.addAttribute("myCases", views.contactOf(municipality.id(), me.id()));
		model.addAttribute("mayExport", handling.mayExport(me, municipality.id()));
		return "cases/staff-queues";
	}

	/**
	 * Staff submit internal ideas through the same entry point; they are never published.
	 */
	@GetMapping("/new")
	String newInternalIdea(@ModelAttribute("municipality") Municipality municipality, Model model) {
		CaseForm form = new CaseForm();
		form.setKind(se.medskapa.cases.CaseKind.IDEA);
		return internalForm(municipality, form, model);
	}

	@PostMapping
	String submitInternalIdea(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal me, @jakarta.validation.Valid @ModelAttribute("form") CaseForm form,
			org.springframework.validation.BindingResult result, java.util.Locale locale, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return internalForm(municipality, form, model);
		}
		se.medskapa.cases.SubmittedCase submitted;
		try {
			submitted = intake.submit(municipality,
					new se.medskapa.cases.CaseSubmission(form.getKind(), form.getTitle(), form.getDescription(),
							form.getCategoryId(), form.getPlace(), me.displayName(), null, false, locale.getLanguage(),
							null, me.id(), true));
		}
		catch (MunicipalityNotFoundException ex) {
			result.rejectValue("categoryId", "validation.chooseOne");
			return internalForm(municipality, form, model);
		}
		redirect.addFlashAttribute("flash", "flash.case.internalSubmitted");
		return "redirect:/" + municipality.slug() + "/staff/cases/" + submitted.reference();
	}

	private String internalForm(Municipality municipality, CaseForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", se.medskapa.cases.CaseKind.values());
		model.addAttribute("categories", organisation.categories(municipality.id()));
		model.addAttribute("internal", true);
		return "cases/new";
	}

	@org.springframework.web.bind.annotation.InitBinder("form")
	void internalIdeaFields(org.springframework.web.bind.WebDataBinder binder) {
		binder.setAllowedFields("kind", "title", "description", "categoryId", "place");
	}

	@GetMapping("/{reference}")
	String caseFile(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, Model model) {
		StaffCaseDetail detail = views.detail(me, municipality.id(), reference)
			.orElseThrow(() -> new MunicipalityNotFoundException("case"));
		model.addAttribute("case", detail);
		model.addAttribute("attachments", attachments.list(municipality.id(), detail.id()));
		model.addAttribute("staff", me);
		model.addAttribute("units", organisation.units(municipality.id()));
		model.addAttribute("categories", organisation.categories(municipality.id()));
		model.addAttribute("suggestedUnitId",
				routingRules.suggestUnit(municipality.id(), detail.categoryId(), detail.place()).orElse(null));
		model.addAttribute("unitMembers",
				detail.unitId() == null ? List.of() : staff.activeMembersOf(municipality.id(), detail.unitId(), null));
		return "cases/staff-case";
	}

	@GetMapping("/{reference}/attachments/{attachmentId}")
	org.springframework.http.ResponseEntity<byte[]> attachment(
			@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@PathVariable long attachmentId, @AuthenticationPrincipal StaffPrincipal me) {
		if (!handling.canView(me, municipality.id(), reference)) {
			throw new CaseAccessDeniedException();
		}
		se.medskapa.cases.CaseAttachments.AttachmentContent file = attachments
			.content(municipality.id(), reference, attachmentId)
			.orElseThrow(() -> new MunicipalityNotFoundException("attachment"));
		// Always a download, never rendered inline: a file from the public is not trusted
		// content.
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(file.contentType()))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	@PostMapping("/{reference}/route")
	String route(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long categoryId, @RequestParam(defaultValue = "false") boolean publish,
			@RequestParam(required = false) String publicTitle,
			@RequestParam(required = false) String publicDescription, RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "route", "flash.case.routed", () -> {
			if (unitId == null) {
				throw new InvalidCaseActionException("case.error.unitRequired");
			}
			handling.routeCase(me, municipality.id(), reference, unitId, categoryId,
					publish ? new PublicVersion(publicTitle, publicDescription) : null);
		}, "routeUnitId", unitId, "routeCategoryId", categoryId, "routePublish", publish, "publicTitle", publicTitle,
				"publicDescription", publicDescription);
	}

	@PostMapping("/{reference}/publish")
	String publish(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String publicTitle,
			@RequestParam(required = false) String publicDescription, RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "publish", "flash.case.published",
				() -> handling.publishCase(me, municipality.id(), reference,
						new PublicVersion(publicTitle, publicDescription)),
				"publicTitle", publicTitle, "publicDescription", publicDescription);
	}

	@PostMapping("/{reference}/unpublish")
	String unpublish(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "publish", "flash.case.unpublished",
				() -> handling.unpublishCase(me, municipality.id(), reference));
	}

	@PostMapping("/{reference}/take")
	String take(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "take", "flash.case.taken",
				() -> handling.takeCase(me, municipality.id(), reference));
	}

	@PostMapping("/{reference}/assign")
	String assign(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Long handlerId,
			RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "assign", "flash.case.assigned", () -> {
			if (handlerId == null) {
				throw new InvalidCaseActionException("case.error.notUnitMember");
			}
			handling.assignCase(me, municipality.id(), reference, handlerId);
		});
	}

	@PostMapping("/{reference}/hand-over")
	String handOver(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Long toUnitId,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "handOver", "flash.case.handedOver", () -> {
			if (toUnitId == null) {
				throw new InvalidCaseActionException("case.error.unitRequired");
			}
			handling.handOverCase(me, municipality.id(), reference, toUnitId, note);
		}, "handOverUnitId", toUnitId, "handOverNote", note);
	}

	@PostMapping("/{reference}/return")
	String returnToCoach(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "return", "flash.case.returned",
				() -> handling.returnCaseToCoach(me, municipality.id(), reference, reason), "returnReason", reason);
	}

	@PostMapping("/{reference}/status")
	String changeStatus(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) String publicMessage, @RequestParam(required = false) String internalNote,
			RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "status", "flash.case.statusChanged", () -> {
			if (status == null) {
				throw new InvalidCaseActionException("case.error.invalidTransition");
			}
			handling.changeCaseStatus(me, municipality.id(), reference, status, publicMessage, internalNote);
		}, "statusTarget", status, "statusMessage", publicMessage, "statusNote", internalNote);
	}

	@PostMapping("/{reference}/message")
	String message(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String publicMessage,
			RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "message", "flash.case.messageSent",
				() -> handling.postPublicMessage(me, municipality.id(), reference, publicMessage), "message",
				publicMessage);
	}

	@PostMapping("/{reference}/note")
	String note(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "note", "flash.case.noteAdded",
				() -> handling.addInternalNote(me, municipality.id(), reference, note), "note", note);
	}

	@PostMapping("/{reference}/answer")
	String answer(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String publicMessage,
			RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "answer", "flash.case.answered",
				() -> handling.answerCaseDirectly(me, municipality.id(), reference, publicMessage), "answer",
				publicMessage);
	}

	@PostMapping("/{reference}/forward")
	String forward(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String authority,
			@RequestParam(required = false) String publicMessage, RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "forward", "flash.case.forwarded",
				() -> handling.forwardCase(me, municipality.id(), reference, authority, publicMessage), "authority",
				authority, "forwardMessage", publicMessage);
	}

	@PostMapping("/{reference}/merge")
	String merge(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String targetReference,
			@RequestParam(required = false) String publicMessage, RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "merge", "flash.case.merged",
				() -> handling.mergeCase(me, municipality.id(), reference, targetReference, publicMessage),
				"targetReference", targetReference, "mergeMessage", publicMessage);
	}

	@PostMapping("/{reference}/registry-number")
	String registryNumber(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String registryNumber,
			RedirectAttributes redirect) {
		return act(municipality, reference, redirect, "registryNumber", "flash.saved",
				() -> handling.setRegistryNumber(me, municipality.id(), reference, registryNumber));
	}

	/**
	 * Runs an action; on a refused one the flash carries the reason, the form it came
	 * from (named as its heading's message key, {@code staffCase.<form>}) and what was
	 * typed or chosen, so the page names the form and shows the error in it (the page has
	 * many) with everything still in it.
	 */
	private static String act(Municipality municipality, String reference, RedirectAttributes redirect, String form,
			String successMessage, Runnable action, Object... typed) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", successMessage);
		}
		catch (InvalidCaseActionException ex) {
			redirect.addFlashAttribute("caseError", ex.messageKey());
			redirect.addFlashAttribute("caseErrorForm", form);
			for (int i = 0; i + 1 < typed.length; i += 2) {
				redirect.addFlashAttribute((String) typed[i], typed[i + 1]);
			}
		}
		return "redirect:/" + municipality.slug() + "/staff/cases/" + reference;
	}

}
