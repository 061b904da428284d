package se.medskapa.contacts.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.contacts.ContactSearch;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;

/**
 * The official's search of the contact bank as JSON, authenticated by a personal API
 * token: the same use case as the search page, so the same count rule ("fewer than 5"),
 * the same refusal of a search too close to a recent one, and the same audit entry.
 */
@RestController
@Tag(name = "Contact bank", description = "Counts and pseudonyms of the municipality's contact bank, for contact "
		+ "officials; never names or addresses.")
class ContactSearchApiController {

	private final Municipalities municipalities;

	private final ContactSearch search;

	ContactSearchApiController(Municipalities municipalities, ContactSearch search) {
		this.municipalities = municipalities;
		this.search = search;
	}

	@InitBinder("searchForm")
	void searchFields(WebDataBinder binder) {
		binder.setAllowedFields(StaffContactController.SEARCH_FIELDS);
	}

	/**
	 * A search's answer: {@code count} only from 5 (else null and {@code fewerThanFive}),
	 * the pseudonyms only then; neither when {@code tooCloseToRecent}.
	 */
	record SearchAnswer(Integer count, boolean fewerThanFive, boolean tooCloseToRecent, List<String> pseudonyms) {
	}

	@GetMapping(path = "/api/v1/{slug}/staff/contacts/search", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "searchContactBank", summary = "Search the contact bank",
			description = "Filters as on the search page (topicId, districtId, way, language, ageBand, "
					+ "residenceDistrictId, occupation, schoolParent), each optional. A count below 5 is never given.")
	@ApiResponse(responseCode = "200", description = "The count and, from 5, the pseudonyms")
	@ApiResponse(responseCode = "403", description = "Not a contact official of this municipality",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	SearchAnswer search(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal actor,
			@ModelAttribute("searchForm") SearchForm form, BindingResult result) {
		Municipality municipality = municipalities.requireBySlug(slug);
		StaffContactController.checkCriteria(form, result);
		if (result.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT);
		}
		ContactSearch.Result found = search.search(actor, municipality.id(), form.toCriteria());
		return new SearchAnswer(found.count().shown() ? found.count().value() : null,
				!found.tooCloseToRecent() && !found.count().shown(), found.tooCloseToRecent(), found.pseudonyms());
	}

}
