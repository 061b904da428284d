package se.medskapa.participation.web;

import java.util.Locale;
import java.util.Optional;

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
import se.medskapa.participation.Comments;
import se.medskapa.participation.FollowFrequency;
import se.medskapa.participation.Follows;
import se.medskapa.participation.Participant;
import se.medskapa.participation.ParticipationItemPaths;
import se.medskapa.participation.ParticipationRefusedException;
import se.medskapa.participation.Supports;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.NotFoundException;

/**
 * The forms of the participation section on an item's page. Every action returns to the
 * item's public page (the owner names it, nothing of the request does); someone not
 * signed in is sent to sign in and comes back to the same page. A refused text comes back
 * at its field with what was written.
 */
@Controller
class ParticipationController {

	private final Supports supports;

	private final Comments comments;

	private final Follows follows;

	private final ParticipationItemPaths paths;

	ParticipationController(Supports supports, Comments comments, Follows follows, ParticipationItemPaths paths) {
		this.supports = supports;
		this.comments = comments;
		this.follows = follows;
		this.paths = paths;
	}

	/**
	 * Only for signed-in residents (security sends everyone else to sign in, and back
	 * here afterwards): returns to the item's page.
	 */
	@GetMapping("/{slug}/participation/{kind}/{itemId}/sign-in")
	String signedIn(@ModelAttribute("municipality") Municipality municipality, @PathVariable String kind,
			@PathVariable long itemId) {
		return "redirect:" + paths.of(municipality, kind(kind), itemId) + "#comments";
	}

	@PostMapping("/{slug}/participation/{kind}/{itemId}/support")
	String support(@ModelAttribute("municipality") Municipality municipality, @PathVariable String kind,
			@PathVariable long itemId, Authentication authentication, RedirectAttributes redirect) {
		ItemKind itemKind = kind(kind);
		Participant participant = Participant.of(authentication);
		if (participant == null) {
			return signIn(municipality, itemKind, itemId);
		}
		try {
			supports.support(municipality.id(), itemKind, itemId, participant);
			redirect.addFlashAttribute("flash", "flash.participation.supported");
		}
		catch (ParticipationRefusedException ex) {
			if (Supports.EID_REQUIRED.equals(ex.messageKey())) {
				// Step-up (ADR 0030): link e-ID, then back to the item to support it.
				return "redirect:/" + municipality.slug() + "/e-id/link?returnTo="
						+ paths.of(municipality, itemKind, itemId);
			}
			redirect.addFlashAttribute("participationError", ex.messageKey());
		}
		return "redirect:" + paths.of(municipality, itemKind, itemId) + "#support";
	}

	@PostMapping("/{slug}/participation/{kind}/{itemId}/withdraw")
	String withdraw(@ModelAttribute("municipality") Municipality municipality, @PathVariable String kind,
			@PathVariable long itemId, Authentication authentication, RedirectAttributes redirect) {
		ItemKind itemKind = kind(kind);
		Participant participant = Participant.of(authentication);
		if (participant == null) {
			return signIn(municipality, itemKind, itemId);
		}
		try {
			if (supports.withdraw(municipality.id(), itemKind, itemId, participant)) {
				redirect.addFlashAttribute("flash", "flash.participation.withdrawn");
			}
		}
		catch (ParticipationRefusedException ex) {
			redirect.addFlashAttribute("participationError", ex.messageKey());
		}
		return "redirect:" + paths.of(municipality, itemKind, itemId) + "#support";
	}

	@PostMapping("/{slug}/participation/{kind}/{itemId}/follow")
	String follow(@ModelAttribute("municipality") Municipality municipality, @PathVariable String kind,
			@PathVariable long itemId, @RequestParam(required = false) String frequency, Authentication authentication,
			RedirectAttributes redirect) {
		ItemKind itemKind = kind(kind);
		Participant participant = Participant.of(authentication);
		if (participant == null) {
			return signIn(municipality, itemKind, itemId);
		}
		try {
			follows.follow(municipality.id(), itemKind, itemId, participant, frequency(frequency));
			redirect.addFlashAttribute("flash", "flash.participation.followed");
		}
		catch (ParticipationRefusedException ex) {
			redirect.addFlashAttribute("participationError", ex.messageKey());
		}
		return "redirect:" + paths.of(municipality, itemKind, itemId) + "#follow";
	}

	@PostMapping("/{slug}/participation/{kind}/{itemId}/unfollow")
	String unfollow(@ModelAttribute("municipality") Municipality municipality, @PathVariable String kind,
			@PathVariable long itemId, Authentication authentication, RedirectAttributes redirect) {
		ItemKind itemKind = kind(kind);
		Participant participant = Participant.of(authentication);
		if (participant == null) {
			return signIn(municipality, itemKind, itemId);
		}
		try {
			if (follows.unfollow(municipality.id(), itemKind, itemId, participant)) {
				redirect.addFlashAttribute("flash", "flash.participation.unfollowed");
			}
		}
		catch (ParticipationRefusedException ex) {
			redirect.addFlashAttribute("participationError", ex.messageKey());
		}
		return "redirect:" + paths.of(municipality, itemKind, itemId) + "#follow";
	}

	/**
	 * The link in every digest: a page with one button (a link checker that opens the
	 * mail's links ends nothing), which ends every follow in the municipality.
	 */
	@GetMapping("/{slug}/participation/unfollow/{token}")
	String unfollowByLink(@ModelAttribute("municipality") Municipality municipality, @PathVariable String token,
			Model model) {
		model.addAttribute("valid", follows.isValidLink(municipality.id(), token));
		model.addAttribute("token", token);
		return "participation/unfollow";
	}

	@PostMapping("/{slug}/participation/unfollow/{token}")
	String unfollowAllByLink(@ModelAttribute("municipality") Municipality municipality, @PathVariable String token,
			Model model) {
		Optional<Integer> ended = follows.unfollowAllByLink(municipality.id(), token);
		model.addAttribute("valid", ended.isPresent());
		model.addAttribute("done", ended.isPresent());
		model.addAttribute("token", token);
		return "participation/unfollow";
	}

	@PostMapping("/{slug}/participation/{kind}/{itemId}/comments")
	String comment(@ModelAttribute("municipality") Municipality municipality, @PathVariable String kind,
			@PathVariable long itemId, @RequestParam(required = false) String body,
			@RequestParam(required = false) Long parentId, Authentication authentication, RedirectAttributes redirect) {
		ItemKind itemKind = kind(kind);
		Participant participant = Participant.of(authentication);
		if (participant == null) {
			return signIn(municipality, itemKind, itemId);
		}
		String page = paths.of(municipality, itemKind, itemId);
		try {
			long id = comments.post(municipality.id(), itemKind, itemId, parentId, participant, body);
			redirect.addFlashAttribute("flash", "flash.participation.commented");
			return "redirect:" + page + "#comment-" + id;
		}
		catch (ParticipationRefusedException ex) {
			redirect.addFlashAttribute("commentError", ex.messageKey());
			redirect.addFlashAttribute("commentParentId", parentId);
			redirect.addFlashAttribute("commentBody", body);
			return "redirect:" + page + (parentId == null ? "#comment-form" : "#reply-" + parentId);
		}
	}

	@PostMapping("/{slug}/participation/comments/{commentId}/edit")
	String edit(@ModelAttribute("municipality") Municipality municipality, @PathVariable long commentId,
			@RequestParam(required = false) String body, Authentication authentication, RedirectAttributes redirect) {
		return act(municipality, commentId, authentication, redirect, "flash.participation.edited",
				participant -> comments.edit(municipality.id(), commentId, participant, body), body);
	}

	@PostMapping("/{slug}/participation/comments/{commentId}/delete")
	String delete(@ModelAttribute("municipality") Municipality municipality, @PathVariable long commentId,
			Authentication authentication, RedirectAttributes redirect) {
		return act(municipality, commentId, authentication, redirect, "flash.participation.deleted",
				participant -> comments.delete(municipality.id(), commentId, participant), null);
	}

	@PostMapping("/{slug}/participation/comments/{commentId}/official")
	String official(@ModelAttribute("municipality") Municipality municipality, @PathVariable long commentId,
			@RequestParam(defaultValue = "true") boolean official, Authentication authentication,
			RedirectAttributes redirect) {
		return act(municipality, commentId, authentication, redirect,
				official ? "flash.participation.official" : "flash.participation.notOfficial",
				participant -> comments.markOfficial(municipality.id(), commentId, participant, official), null);
	}

	private String act(Municipality municipality, long commentId, Authentication authentication,
			RedirectAttributes redirect, String flash, CommentAction action, String body) {
		ParticipationItemPaths.Item item = paths.ofComment(municipality, commentId);
		Participant participant = Participant.of(authentication);
		if (participant == null) {
			return signIn(municipality, item.kind(), item.itemId());
		}
		try {
			action.run(participant);
			redirect.addFlashAttribute("flash", flash);
		}
		catch (ParticipationRefusedException ex) {
			redirect.addFlashAttribute("commentError", ex.messageKey());
			redirect.addFlashAttribute("commentEditId", commentId);
			redirect.addFlashAttribute("commentBody", body);
		}
		return "redirect:" + item.path() + "#comment-" + commentId;
	}

	private static String signIn(Municipality municipality, ItemKind kind, long itemId) {
		return "redirect:/" + municipality.slug() + "/participation/" + kind.name().toLowerCase(Locale.ROOT) + "/"
				+ itemId + "/sign-in";
	}

	private static FollowFrequency frequency(String frequency) {
		for (FollowFrequency candidate : FollowFrequency.values()) {
			if (candidate.name().equals(frequency)) {
				return candidate;
			}
		}
		return FollowFrequency.DAILY;
	}

	private static ItemKind kind(String kind) {
		for (ItemKind candidate : ItemKind.values()) {
			if (candidate.name().toLowerCase(Locale.ROOT).equals(kind)) {
				return candidate;
			}
		}
		throw new NotFoundException("item");
	}

	@FunctionalInterface
	interface CommentAction {

		void run(Participant participant);

	}

}
