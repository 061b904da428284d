package se.medskapa.cases.web;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.SubmissionRefusedException;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;

/**
 * The one entry point as JSON: {@code POST /api/v1/{municipality}/cases}, no login
 * needed. Refusals are {@link SubmissionRefusedException}s, which the API's problem
 * advice translates with a {@code code} like every other refusal.
 */
@RestController
@RequestMapping("/api/v1/{slug}/cases")
class CaseApiController {

	private final Municipalities municipalities;

	private final CaseIntake intake;

	private final IntakeLimits limits;

	private final String baseUrl;

	CaseApiController(Municipalities municipalities, CaseIntake intake, IntakeLimits limits,
			@Value("${medskapa.base-url}") String baseUrl) {
		this.municipalities = municipalities;
		this.intake = intake;
		this.limits = limits;
		this.baseUrl = baseUrl;
	}

	@PostMapping
	@ApiResponse(responseCode = "201", description = "Stored: the reference and the private tracking link",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = SubmissionResponse.class)))
	@ApiResponse(responseCode = "400", description = "Invalid submission",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such municipality",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "Too many submissions from the address or for the e-mail address",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> submit(@PathVariable String slug, @Valid @RequestBody CaseForm form, HttpServletRequest request,
			Locale locale) {
		Municipality municipality = municipalities.requireBySlug(slug);
		if (form.halfAMapPoint()) {
			throw SubmissionRefusedException.halfAMapPoint();
		}
		limits.count(request, form.getEmail()).ifPresent(refusal -> {
			throw limits.problem(refusal);
		});
		SubmittedCase submitted = intake.submit(municipality, form.toSubmission(locale.getLanguage(), null));
		String trackingUrl = baseUrl + "/" + slug + "/track/" + submitted.trackingToken();
		return ResponseEntity.created(URI.create(baseUrl + "/api/v1/" + slug + "/cases/" + submitted.reference()))
			.body(new SubmissionResponse(submitted.reference(), trackingUrl, submitted.status().name()));
	}

	record SubmissionResponse(String reference, String trackingUrl, String status) {
	}

}
