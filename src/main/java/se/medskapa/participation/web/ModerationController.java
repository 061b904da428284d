package se.medskapa.participation.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.municipalities.Municipality;
import se.medskapa.participation.Moderation;
import se.medskapa.participation.Participant;
import se.medskapa.participation.ParticipationItemPaths;
import se.medskapa.participation.ParticipationRefusedException;
import se.medskapa.participation.ReportReason;
import se.medskapa.participation.ReportTarget;
import se.medskapa.participation.spi.ItemKind;

/**
 * Reporting a comment or a case from its public page, and the moderators' queue (ADR
 * 0031). A refused report or decision comes back at its form with what was written.
 */
@Controller
class ModerationController {

	private final Moderation moderation;

	private final ParticipationItemPaths paths;

	ModerationController(Moderation moderation, ParticipationItemPaths paths) {
		this.moderation = moderation;
		this.paths = paths;
	}

	@PostMapping("/{slug}/participation/comments/{commentId}/report")
	String reportComment(@ModelAttribute("municipality") Municipality municipality, @PathVariable long commentId,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String details,
			Authentication authentication, RedirectAttributes redirect) {
		ParticipationItemPaths.Item item = paths.ofComment(municipality, commentId);
		return report(municipality, ReportTarget.COMMENT, commentId, item.kind(), item.itemId(), item.path(),
				"#comment-" + commentId, reason, details, authentication, redirect);
	}

	@PostMapping("/{slug}/participation/case/{itemId}/report")
	String reportCase(@ModelAttribute("municipality") Municipality municipality, @PathVariable long itemId,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String details,
			Authentication authentication, RedirectAttributes redirect) {
		String page = paths.of(municipality, ItemKind.CASE, itemId);
		return report(municipality, ReportTarget.CASE, itemId, ItemKind.CASE, itemId, page, "#report-item", reason,
				details, authentication, redirect);
	}

	private String report(Municipality municipality, ReportTarget target, long id, ItemKind kind, long itemId,
			String page, String anchor, String reason, String details, Authentication authentication,
			RedirectAttributes redirect) {
		Participant participant = Participant.of(authentication);
		if (participant == null) {
			return "redirect:/" + municipality.slug() + "/participation/" + kind.name().toLowerCase(Locale.ROOT) + "/"
					+ itemId + "/sign-in";
		}
		try {
			boolean first = moderation.report(municipality.id(), target, id, participant, reason(reason), details);
			redirect.addFlashAttribute("flash",
					first ? "flash.participation.reported" : "flash.participation.alreadyReported");
		}
		catch (ParticipationRefusedException ex) {
			redirect.addFlashAttribute("reportError", ex.messageKey());
			redirect.addFlashAttribute("reportTarget", target.name() + "-" + id);
			redirect.addFlashAttribute("reportReason", reason);
			redirect.addFlashAttribute("reportDetails", details);
		}
		return "redirect:" + page + anchor;
	}

	@GetMapping("/{slug}/staff/moderation")
	String queue(@ModelAttribute("municipality") Municipality municipality,
			@RequestParam(defaultValue = "false") boolean reviewed, @RequestParam(required = false) Long after,
			Authentication authentication, Model model) {
		Participant moderator = moderator(municipality, authentication);
		model.addAttribute("queue",
				moderation.queue(municipality.id(), municipality.slug(), moderator, reviewed, after));
		model.addAttribute("reasons", List.of(ReportReason.values()));
		model.addAttribute("threshold", moderation.threshold(municipality.id()));
		return "participation/moderation";
	}

	/** A moderator hides the item for good, or restores it, with a reason. */
	@PostMapping("/{slug}/staff/moderation/{id}/{decision:hide|restore}")
	String decide(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@PathVariable String decision, @RequestParam(required = false) String reason, Authentication authentication,
			RedirectAttributes redirect) {
		boolean hide = decision.equals("hide");
		return decide(municipality, id, decision, reason, null, authentication, redirect,
				hide ? "flash.participation.moderation.hidden" : "flash.participation.moderation.restored", () -> {
					if (hide) {
						moderation.hide(municipality.id(), id, Participant.of(authentication), reason);
					}
					else {
						moderation.restore(municipality.id(), id, Participant.of(authentication), reason);
					}
				});
	}

	@PostMapping("/{slug}/staff/moderation/{id}/block")
	String block(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String days,
			Authentication authentication, RedirectAttributes redirect) {
		return decide(municipality, id, "block", reason, days, authentication, redirect,
				"flash.participation.moderation.blocked", () -> moderation.blockAuthor(municipality.id(), id,
						Participant.of(authentication), number(days), reason));
	}

	private String decide(Municipality municipality, long id, String action, String reason, String days,
			Authentication authentication, RedirectAttributes redirect, String flash, Runnable decision) {
		moderator(municipality, authentication);
		try {
			decision.run();
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/" + municipality.slug() + "/staff/moderation";
		}
		catch (ParticipationRefusedException ex) {
			redirect.addFlashAttribute("moderationError", ex.messageKey());
			redirect.addFlashAttribute("moderationField", action + "-" + id);
			redirect.addFlashAttribute("moderationReason", reason);
			redirect.addFlashAttribute("moderationDays", days);
			return "redirect:/" + municipality.slug() + "/staff/moderation#" + action + "-" + id;
		}
	}

	/** The municipality's idea coach; anyone else is refused (403). */
	private Participant moderator(Municipality municipality, Authentication authentication) {
		Participant moderator = Participant.of(authentication);
		if (!moderation.mayModerate(moderator, municipality.id())) {
			throw new AccessDeniedException("not a moderator of " + municipality.slug());
		}
		return moderator;
	}

	private static Integer number(String days) {
		try {
			return days == null ? null : Integer.valueOf(days.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static ReportReason reason(String reason) {
		for (ReportReason candidate : ReportReason.values()) {
			if (candidate.name().equals(reason)) {
				return candidate;
			}
		}
		return null;
	}

}
