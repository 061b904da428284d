package se.medskapa.challenges.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.cases.intake.IntakeReceipt;
import se.medskapa.challenges.ChallengeAttachments;
import se.medskapa.challenges.ChallengeEventLink;
import se.medskapa.challenges.ChallengeRefusedException;
import se.medskapa.challenges.ChallengeSolutions;
import se.medskapa.challenges.ChallengeViews;
import se.medskapa.challenges.ChallengeViews.PublicChallenge;
import se.medskapa.municipalities.Municipality;
import se.medskapa.participation.Participant;
import se.medskapa.participation.ParticipationViews;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.NotFoundException;

/**
 * The public pages: a municipality's challenges, a challenge with its published
 * solutions, support and comments, and the solution form, whose receipt is the one of
 * every case.
 */
@Controller
class PublicChallengesController {

	private final ChallengeViews views;

	private final ChallengeSolutions solutions;

	private final ParticipationViews participation;

	private final SolutionLimits limits;

	private final ChallengeEventLink eventLink;

	private final ChallengeAttachments attachments;

	PublicChallengesController(ChallengeViews views, ChallengeSolutions solutions, ParticipationViews participation,
			SolutionLimits limits, ChallengeEventLink eventLink, ChallengeAttachments attachments) {
		this.attachments = attachments;
		this.eventLink = eventLink;
		this.views = views;
		this.solutions = solutions;
		this.participation = participation;
		this.limits = limits;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "description", "name", "email", "publishPermission", "website");
	}

	@GetMapping("/{slug}/challenges")
	String list(@ModelAttribute("municipality") Municipality municipality, Model model) {
		model.addAttribute("challenges", views.publicList(municipality.id()));
		return "challenges/public-list";
	}

	@GetMapping("/{slug}/challenges/{id}")
	String show(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@RequestParam(required = false) Long after, Authentication authentication, Model model) {
		PublicChallenge challenge = find(municipality, id);
		String path = "/" + municipality.slug() + "/challenges/" + id;
		model.addAttribute("page", challenge);
		model.addAttribute("linkedEvent", eventLink.linkedEvent(municipality.id(), id).orElse(null));
		model.addAttribute("files", attachments.files(municipality.id(), id));
		model.addAttribute("participation", participation.section(municipality.id(), municipality.slug(),
				ItemKind.CHALLENGE, id, Participant.of(authentication), path, after));
		return "challenges/public-challenge";
	}

	/** An image or document of a challenge the public sees (not of a draft). */
	@GetMapping("/{slug}/challenges/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@PathVariable long fileId) {
		return ChallengeFiles.response(attachments.publicContent(municipality.id(), id, fileId)
			.orElseThrow(() -> new NotFoundException("attachment")));
	}

	@GetMapping("/{slug}/challenges/{id}/solutions/new")
	String form(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			Authentication authentication, Model model) {
		SolutionForm form = new SolutionForm();
		if (authentication != null && authentication.getPrincipal() instanceof ResidentPrincipal resident) {
			form.setEmail(resident.email());
			form.setName(resident.displayName());
		}
		else if (staffOf(municipality, authentication) != null
				&& authentication.getPrincipal() instanceof StaffPrincipal staff) {
			form.setEmail(staff.email());
			form.setName(staff.displayName());
		}
		return formView(find(municipality, id), form, model);
	}

	@PostMapping("/{slug}/challenges/{id}/solutions")
	String submit(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@Valid @ModelAttribute("form") SolutionForm form, BindingResult result,
			@AuthenticationPrincipal ResidentPrincipal resident, Authentication authentication, Locale locale,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		PublicChallenge challenge = find(municipality, id);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return formView(challenge, form, model);
		}
		Optional<String> refusal = limits.count(request, form.getEmail());
		if (refusal.isPresent()) {
			if (refusal.get().endsWith("ForEmail")) {
				result.rejectValue("email", refusal.get());
			}
			else {
				result.reject(refusal.get());
			}
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return formView(challenge, form, model);
		}
		if (form.robot()) {
			return "redirect:/" + municipality.slug() + "/challenges/" + id;
		}
		IntakeReceipt receipt;
		try {
			receipt = solutions.submit(municipality, id,
					form.toRequest(locale.getLanguage(), resident == null ? null : resident.id(),
							resident == null ? staffOf(municipality, authentication) : null));
		}
		catch (ChallengeRefusedException ex) {
			result.reject(ex.messageKey());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return formView(challenge, form, model);
		}
		redirect.addFlashAttribute("reference", receipt.reference());
		redirect.addFlashAttribute("trackingPath", "/" + municipality.slug() + "/track/" + receipt.trackingToken());
		redirect.addFlashAttribute("emailGiven", form.getEmail() != null && !form.getEmail().isBlank());
		return "redirect:/" + municipality.slug() + "/cases/receipt";
	}

	/**
	 * The staff member signed in with both factors, of this municipality: their solution
	 * is recorded as submitted by staff, like a case a staff member enters.
	 */
	private static Long staffOf(Municipality municipality, Authentication authentication) {
		Participant participant = Participant.of(authentication);
		return participant != null && participant.isStaffOf(municipality.id()) ? participant.staffId() : null;
	}

	private PublicChallenge find(Municipality municipality, long id) {
		return views.publicChallenge(municipality.id(), id).orElseThrow(() -> new NotFoundException("challenge"));
	}

	private static String formView(PublicChallenge challenge, SolutionForm form, Model model) {
		model.addAttribute("page", challenge);
		model.addAttribute("form", form);
		return "challenges/solution-new";
	}

}
