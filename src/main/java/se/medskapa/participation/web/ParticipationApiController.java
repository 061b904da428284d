package se.medskapa.participation.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.participation.CommentText.Segment;
import se.medskapa.participation.Comments;
import se.medskapa.participation.Participant;
import se.medskapa.participation.ParticipationSection;
import se.medskapa.participation.ParticipationSection.CommentView;
import se.medskapa.participation.ParticipationViews;
import se.medskapa.participation.PublicComments;
import se.medskapa.participation.Supports;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.NotFoundException;

/**
 * Comments and support as JSON (ADR 0032). Reading is public and reads the same keyset
 * pages as the item's page, so whatever the page leaves out the API leaves out too.
 * Writing is for the participant signed in on the site (a resident by one-time link or
 * e-ID, a staff member with both factors): the session cookie, which is SameSite=Lax and
 * so never sent with another site's request; anyone else gets 401. Every write counts
 * against the participant's rate limit (429 with Retry-After).
 */
@RestController
@RequestMapping("/api/v1/{slug}/participation/{kind}/{itemId}")
@Tag(name = "Participation",
		description = "Comments and support on a case or challenge: reading needs no login, writing needs a resident "
				+ "(or staff member) signed in on the site.")
class ParticipationApiController {

	private final Municipalities municipalities;

	private final PublicComments views;

	private final Comments comments;

	private final Supports supports;

	private final ParticipationApiLimits limits;

	private final String baseUrl;

	ParticipationApiController(Municipalities municipalities, PublicComments views, Comments comments,
			Supports supports, ParticipationApiLimits limits, @Value("${medskapa.base-url}") String baseUrl) {
		this.municipalities = municipalities;
		this.views = views;
		this.comments = comments;
		this.supports = supports;
		this.limits = limits;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/comments")
	@Operation(operationId = "listComments", summary = "One page of an item's comments",
			description = "Top-level comments oldest first, each with its replies, " + ParticipationViews.PAGE_SIZE
					+ " to a page. Pass the page's nextAfter as after for the next.")
	@ApiResponse(responseCode = "200", description = "The page")
	@ApiResponse(responseCode = "404", description = "No such municipality or public item",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	CommentPageJson comments(@PathVariable String slug,
			@Parameter(description = "case or challenge") @PathVariable String kind, @PathVariable long itemId,
			@Parameter(description = "the nextAfter of the previous page") @RequestParam(required = false) Long after,
			Authentication authentication) {
		Municipality municipality = municipalities.requireBySlug(slug);
		ItemKind itemKind = kind(kind);
		ParticipationSection section = views.section(municipality.id(), slug, itemKind, itemId,
				Participant.of(authentication), after);
		List<CommentJson> page = section.comments().stream().map(CommentJson::of).toList();
		Long nextAfter = section.nextPageUrl() == null || page.isEmpty() ? null : page.get(page.size() - 1).id();
		return new CommentPageJson(section.supportCount(), section.supported(), page, nextAfter);
	}

	@PostMapping(path = "/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "postComment", summary = "Comment, or reply to a top-level comment",
			description = "For a resident or staff member signed in on the site. Plain text; links become links "
					+ "when shown, nothing is rendered as HTML.")
	@ApiResponse(responseCode = "201", description = "The new comment's id")
	@ApiResponse(responseCode = "401", description = "Not signed in",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Not allowed (staff of another municipality, a reply to a reply)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such municipality, public item or parent comment",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422", description = "Empty, too long or unacceptable text",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "Too many comments and supports in a short time",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<PostedCommentJson> postComment(@PathVariable String slug, @PathVariable String kind,
			@PathVariable long itemId, @RequestBody CommentRequest request, Authentication authentication) {
		Municipality municipality = municipalities.requireBySlug(slug);
		ItemKind itemKind = kind(kind);
		Participant participant = limits.count(Participant.of(authentication));
		long id = comments.post(municipality.id(), itemKind, itemId, request.parentId(), participant, request.body());
		return ResponseEntity
			.created(URI.create(baseUrl + "/api/v1/" + slug + "/participation/" + kind + "/" + itemId + "/comments"))
			.body(new PostedCommentJson(id));
	}

	@PostMapping("/support")
	@Operation(operationId = "support", summary = "Support the item",
			description = "For a signed-in resident; a second support of the same item counts nothing.")
	@ApiResponse(responseCode = "200", description = "Whether this support was new, and the count")
	@ApiResponse(responseCode = "401", description = "Not signed in",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Only residents support",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such municipality or public item",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "Too many comments and supports in a short time",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	SupportJson support(@PathVariable String slug, @PathVariable String kind, @PathVariable long itemId,
			Authentication authentication) {
		Municipality municipality = municipalities.requireBySlug(slug);
		ItemKind itemKind = kind(kind);
		Participant participant = limits.count(Participant.of(authentication));
		boolean changed = supports.support(municipality.id(), itemKind, itemId, participant);
		return new SupportJson(changed, true, supports.count(municipality.id(), itemKind, itemId));
	}

	@DeleteMapping("/support")
	@Operation(operationId = "withdrawSupport", summary = "Take one's support back")
	@ApiResponse(responseCode = "200", description = "Whether there was a support to withdraw, and the count")
	@ApiResponse(responseCode = "401", description = "Not signed in",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Only residents support",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such municipality or public item",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "Too many comments and supports in a short time",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	SupportJson withdraw(@PathVariable String slug, @PathVariable String kind, @PathVariable long itemId,
			Authentication authentication) {
		Municipality municipality = municipalities.requireBySlug(slug);
		ItemKind itemKind = kind(kind);
		Participant participant = limits.count(Participant.of(authentication));
		boolean changed = supports.withdraw(municipality.id(), itemKind, itemId, participant);
		return new SupportJson(changed, false, supports.count(municipality.id(), itemKind, itemId));
	}

	static ItemKind kind(String kind) {
		for (ItemKind candidate : ItemKind.values()) {
			if (candidate.name().toLowerCase(Locale.ROOT).equals(kind)) {
				return candidate;
			}
		}
		throw new NotFoundException("item");
	}

	/** A new comment; {@code parentId} names the top-level comment replied to. */
	record CommentRequest(String body, Long parentId) {
	}

	record PostedCommentJson(long id) {
	}

	/**
	 * @param changed whether this request changed anything
	 * @param supported whether the caller supports the item now
	 */
	record SupportJson(boolean changed, boolean supported, int supportCount) {
	}

	/**
	 * @param supported whether the caller (a signed-in resident) supports the item
	 * @param nextAfter the value of {@code after} for the next page; null on the last
	 */
	record CommentPageJson(int supportCount, boolean supported, List<CommentJson> comments, Long nextAfter) {
	}

	/**
	 * One comment as plain text ({@code null} once deleted); {@code replies} is empty on
	 * replies.
	 */
	record CommentJson(long id, String authorName, boolean byStaff, boolean official, Instant createdAt, boolean edited,
			boolean deleted, String body, List<CommentJson> replies) {

		static CommentJson of(CommentView view) {
			return new CommentJson(view.id(), view.authorName(), view.byStaff(), view.official(), view.createdAt(),
					view.edited(), view.deleted(),
					view.deleted() ? null : view.segments().stream().map(Segment::text).collect(Collectors.joining()),
					view.replies().stream().map(CommentJson::of).toList());
		}

	}

}
