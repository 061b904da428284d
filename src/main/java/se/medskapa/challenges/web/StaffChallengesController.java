package se.medskapa.challenges.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.challenges.ChallengeAdministration;
import se.medskapa.challenges.ChallengeAttachments;
import se.medskapa.challenges.ChallengeEventLink;
import se.medskapa.challenges.ChallengeEvaluations;
import se.medskapa.challenges.ChallengeRefusedException;
import se.medskapa.challenges.ChallengeViews;
import se.medskapa.challenges.ChallengeViews.StaffChallenge;
import se.medskapa.challenges.ChallengeViews.StaffSolution;
import se.medskapa.challenges.Outcome;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.NotFoundException;

/**
 * The unit's pages: the list, the form of a new challenge and of an edit (422 and the
 * form again on refusal), and the challenge's staff page with its steps, the scores side
 * by side, the shortlist and the decision.
 */
@Controller
@RequestMapping("/{slug}/staff/challenges")
class StaffChallengesController {

	private final ChallengeViews views;

	private final ChallengeAdministration administration;

	private final ChallengeEvaluations evaluations;

	private final Organisation organisation;

	private final ChallengeEventLink eventLink;

	private final ChallengeAttachments attachments;

	StaffChallengesController(ChallengeViews views, ChallengeAdministration administration,
			ChallengeEvaluations evaluations, Organisation organisation, ChallengeEventLink eventLink,
			ChallengeAttachments attachments) {
		this.attachments = attachments;
		this.eventLink = eventLink;
		this.views = views;
		this.administration = administration;
		this.evaluations = evaluations;
		this.organisation = organisation;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("unitId", "title", "problem", "affected", "criteria", "offer", "deadline",
				"contactName", "contactEmail");
	}

	@GetMapping
	String list(@ModelAttribute("municipality") Municipality municipality, Model model) {
		model.addAttribute("challenges", views.staffList(municipality.id()));
		return "challenges/staff-list";
	}

	@GetMapping("/new")
	String newForm(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		ChallengeForm form = new ChallengeForm();
		form.setContactName(staff.displayName());
		form.setContactEmail(staff.email());
		return formView(municipality, form, null, model);
	}

	@PostMapping
	String create(@ModelAttribute("municipality") Municipality municipality,
			@Valid @ModelAttribute("form") ChallengeForm form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = administration.create(staff, municipality.id(), form.toDraft());
				redirect.addFlashAttribute("flash", "flash.challenge.created");
				return "redirect:/" + municipality.slug() + "/staff/challenges/" + id;
			}
			catch (ChallengeRefusedException ex) {
				result.reject(ex.messageKey());
			}
			catch (NotFoundException ex) {
				result.rejectValue("unitId", "validation.chooseOne");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return formView(municipality, form, null, model);
	}

	@GetMapping("/{id}")
	String show(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		StaffChallenge page = find(staff, municipality, id);
		model.addAttribute("page", page);
		model.addAttribute("linkedEvent", eventLink.linkedEvent(municipality.id(), id).orElse(null));
		model.addAttribute("linkableEvents", page.may("EDIT") ? eventLink.linkable(municipality.id()) : List.of());
		model.addAttribute("files", attachments.files(municipality.id(), id));
		return "challenges/staff-challenge";
	}

	@GetMapping("/{id}/edit")
	String editForm(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		StaffChallenge page = find(staff, municipality, id);
		return formView(municipality, ChallengeForm.of(page.challenge().texts()), id, model);
	}

	@PostMapping("/{id}/edit")
	String edit(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@Valid @ModelAttribute("form") ChallengeForm form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		find(staff, municipality, id);
		if (!result.hasErrors()) {
			try {
				administration.edit(staff, municipality.id(), id, form.toDraft());
				redirect.addFlashAttribute("flash", "flash.challenge.saved");
				return "redirect:/" + municipality.slug() + "/staff/challenges/" + id;
			}
			catch (ChallengeRefusedException ex) {
				result.reject(ex.messageKey());
			}
			catch (NotFoundException ex) {
				result.rejectValue("unitId", "validation.chooseOne");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return formView(municipality, form, id, model);
	}

	/** Links one of the municipality's public events to the challenge, or none. */
	@PostMapping("/{id}/event")
	String linkEvent(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@RequestParam(required = false) Long eventId, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		return step(municipality, id, redirect, "flash.challenge.eventLinked",
				() -> eventLink.linkEvent(staff, municipality.id(), id, eventId));
	}

	/**
	 * Adds an image (with its alt text) or a document; a refusal comes back at the field
	 * with the alt text kept.
	 */
	@PostMapping("/{id}/attachments")
	String addAttachment(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String altText,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new ChallengeRefusedException("challenge.attachment.error.empty");
			}
			if (file.getSize() > ChallengeAttachments.MAX_BYTES) {
				throw new ChallengeRefusedException("challenge.attachment.error.tooLarge");
			}
			attachments.addAttachment(staff, municipality.id(), id, file.getOriginalFilename(), file.getBytes(),
					altText);
			redirect.addFlashAttribute("flash", "flash.challenge.attachmentAdded");
		}
		catch (ChallengeRefusedException ex) {
			redirect.addFlashAttribute("attachmentError", ex.messageKey());
			redirect.addFlashAttribute("attachmentAltText", altText);
		}
		return "redirect:/" + municipality.slug() + "/staff/challenges/" + id + "#files-heading";
	}

	@PostMapping("/{id}/attachments/{attachmentId}/delete")
	String removeAttachment(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@PathVariable long attachmentId, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		return step(municipality, id, redirect, "flash.challenge.attachmentRemoved",
				() -> attachments.removeAttachment(staff, municipality.id(), id, attachmentId));
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@PathVariable long attachmentId, @AuthenticationPrincipal StaffPrincipal staff) {
		return ChallengeFiles.response(attachments.staffContent(staff, municipality.id(), id, attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment")));
	}

	@PostMapping("/{id}/publish")
	String publish(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(municipality, id, redirect, "flash.challenge.published",
				() -> administration.publish(staff, municipality.id(), id));
	}

	@PostMapping("/{id}/evaluate")
	String startEvaluation(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(municipality, id, redirect, "flash.challenge.evaluating",
				() -> administration.startEvaluation(staff, municipality.id(), id));
	}

	/**
	 * The decision: {@code summary}, and for every solution {@code outcome-<id>} and
	 * {@code reason-<id>}.
	 */
	@PostMapping("/{id}/decide")
	String decide(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@RequestParam Map<String, String> params, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		StaffChallenge page = find(staff, municipality, id);
		Map<Long, Outcome> outcomes = new HashMap<>();
		Map<Long, String> reasons = new HashMap<>();
		for (StaffSolution solution : page.solutions()) {
			String outcome = params.get("outcome-" + solution.id());
			if (outcome != null) {
				for (Outcome candidate : Outcome.values()) {
					if (candidate.name().equals(outcome)) {
						outcomes.put(solution.id(), candidate);
					}
				}
			}
			reasons.put(solution.id(), params.get("reason-" + solution.id()));
		}
		String summary = params.get("summary");
		return step(municipality, id, redirect, "flash.challenge.decided",
				() -> administration.decide(staff, municipality.id(), id, summary, outcomes, reasons));
	}

	/**
	 * One staff member's scores of one solution: {@code score-<n>} and
	 * {@code comment-<n>} per criterion.
	 */
	@PostMapping("/{id}/solutions/{solutionId}/scores")
	String score(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@PathVariable long solutionId, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		StaffChallenge page = find(staff, municipality, id);
		page.solutions()
			.stream()
			.filter(solution -> solution.id() == solutionId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("solution"));
		return step(municipality, id, redirect, "flash.challenge.scored", () -> {
			for (int criterion = 1; criterion <= page.challenge().criteria().size(); criterion++) {
				String score = params.get("score-" + criterion);
				if (score != null && !score.isBlank()) {
					int value;
					try {
						value = Integer.parseInt(score.strip());
					}
					catch (NumberFormatException ex) {
						throw new ChallengeRefusedException("challenge.error.score");
					}
					evaluations.score(staff, municipality.id(), solutionId, criterion, value,
							params.get("comment-" + criterion));
				}
			}
		});
	}

	@PostMapping("/{id}/solutions/{solutionId}/shortlist")
	String shortlist(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@PathVariable long solutionId, @RequestParam(defaultValue = "true") boolean shortlisted,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		find(staff, municipality, id);
		return step(municipality, id, redirect,
				shortlisted ? "flash.challenge.shortlisted" : "flash.challenge.unshortlisted",
				() -> evaluations.shortlist(staff, municipality.id(), solutionId, shortlisted));
	}

	private String step(Municipality municipality, long id, RedirectAttributes redirect, String flash, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (ChallengeRefusedException ex) {
			redirect.addFlashAttribute("challengeError", ex.messageKey());
		}
		return "redirect:/" + municipality.slug() + "/staff/challenges/" + id;
	}

	private StaffChallenge find(StaffPrincipal staff, Municipality municipality, long id) {
		return views.staffChallenge(staff, municipality.id(), id).orElseThrow(() -> new NotFoundException("challenge"));
	}

	private String formView(Municipality municipality, ChallengeForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("challengeId", id);
		model.addAttribute("units", organisation.units(municipality.id()));
		return "challenges/staff-form";
	}

}
