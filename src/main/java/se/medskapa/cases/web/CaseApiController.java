package se.medskapa.cases.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
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
