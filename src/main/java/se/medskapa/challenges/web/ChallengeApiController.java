package se.medskapa.challenges.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.medskapa.cases.intake.IntakeReceipt;
import se.medskapa.challenges.ChallengeSolutions;
import se.medskapa.challenges.ChallengeStatus;
import se.medskapa.challenges.ChallengeViews;
import se.medskapa.challenges.ChallengeViews.ChallengeDetail;
import se.medskapa.challenges.ChallengeViews.PublicChallenge;
import se.medskapa.challenges.ChallengeViews.PublicSolution;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.NotFoundException;

/**
 * Challenges as JSON, no login needed: the list, one challenge with its published
 * solutions, and a solution submitted like {@code POST /cases}.
 */
@RestController
@RequestMapping("/api/v1/{slug}/challenges")
@Tag(name = "Challenges", description = "A municipality's challenges and their published solutions: no login needed.")
class ChallengeApiController {

	private final Municipalities municipalities;

	private final ChallengeViews views;

	private final ChallengeSolutions solutions;

	private final String baseUrl;

	ChallengeApiController(Municipalities municipalities, ChallengeViews views, ChallengeSolutions solutions,
			@Value("${medskapa.base-url}") String baseUrl) {
		this.municipalities = municipalities;
		this.views = views;
		this.solutions = solutions;
		this.baseUrl = baseUrl;
	}

	@GetMapping
	@Operation(operationId = "listChallenges", summary = "List challenges",
			description = "Open challenges first, then those being evaluated, then decided ones.")
	@ApiResponse(responseCode = "200", description = "The challenges")
	@ApiResponse(responseCode = "404", description = "No such municipality",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	List<ChallengeJson> list(@PathVariable String slug) {
		Municipality municipality = municipalities.requireBySlug(slug);
		return views.publicList(municipality.id()).stream().map(ChallengeJson::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getChallenge", summary = "One challenge with its published solutions")
	@ApiResponse(responseCode = "200", description = "The challenge")
	@ApiResponse(responseCode = "404", description = "No such municipality or challenge",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ChallengeWithSolutionsJson one(@PathVariable String slug, @PathVariable long id) {
		Municipality municipality = municipalities.requireBySlug(slug);
		PublicChallenge page = views.publicChallenge(municipality.id(), id)
			.orElseThrow(() -> new NotFoundException("challenge"));
		return new ChallengeWithSolutionsJson(ChallengeJson.of(page.challenge()),
				page.solutions().stream().map(SolutionJson::of).toList(), page.challenge().decisionSummary());
	}

	@PostMapping("/{id}/solutions")
	@Operation(operationId = "submitSolution", summary = "Submit a solution",
			description = "The solution becomes a case in the idea sluice, with a reference and a tracking link.")
	@ApiResponse(responseCode = "201", description = "The solution's case")
	@ApiResponse(responseCode = "400", description = "Invalid fields",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such municipality or challenge",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422", description = "The call for solutions is closed",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<SubmissionResponse> submit(@PathVariable String slug, @PathVariable long id,
			@Valid @RequestBody SolutionForm form, Locale locale) {
		Municipality municipality = municipalities.requireBySlug(slug);
		IntakeReceipt receipt = solutions.submit(municipality, id, form.toRequest(locale.getLanguage(), null, null));
		String trackingUrl = baseUrl + "/" + slug + "/track/" + receipt.trackingToken();
		return ResponseEntity.created(URI.create(baseUrl + "/api/v1/" + slug + "/cases/" + receipt.reference()))
			.body(new SubmissionResponse(receipt.reference(), trackingUrl));
	}

	record ChallengeJson(long id, String title, ChallengeStatus status, String problem, String affected,
			List<String> criteria, String offer, LocalDate deadline, String unit, String contactName,
			Instant publishedAt, Instant updatedAt, Instant decidedAt, int solutionCount, boolean acceptsSolutions) {

		static ChallengeJson of(ChallengeDetail c) {
			return new ChallengeJson(c.id(), c.texts().title(), c.status(), c.texts().problem(), c.texts().affected(),
					c.criteria(), c.texts().offer(), c.texts().deadline(), c.unitName(), c.texts().contactName(),
					c.publishedAt(), c.updatedAt(), c.decidedAt(), c.solutionCount(), c.acceptsSolutions());
		}

	}

	record SolutionJson(String reference, String title, String description, int supportCount, String outcome,
			String outcomeReason) {

		static SolutionJson of(PublicSolution s) {
			return new SolutionJson(s.reference(), s.title(), s.description(), s.supportCount(),
					s.outcome() == null ? null : s.outcome().name(), s.outcomeReason());
		}

	}

	record ChallengeWithSolutionsJson(ChallengeJson challenge, List<SolutionJson> solutions, String decision) {
	}

	record SubmissionResponse(String reference, String trackingUrl) {
	}

}
