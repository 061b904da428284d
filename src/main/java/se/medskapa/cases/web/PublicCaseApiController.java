package se.medskapa.cases.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.PublicCase;
import se.medskapa.cases.PublicCasePage;
import se.medskapa.cases.PublicCaseQuery;
import se.medskapa.cases.PublicCaseSort;
import se.medskapa.cases.PublicCaseSummary;
import se.medskapa.cases.PublicCases;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.NotFoundException;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * Open feedback as JSON, no login needed: the published cases of a municipality,
 * keyset-paged, and one published case with its public timeline. Errors are RFC 7807
 * problem details, translated and with a {@code code}, from the API's shared problem
 * advice in {@code config}.
 */
@RestController
@RequestMapping("/api/v1/{slug}/cases")
@Tag(name = "Public cases", description = "Published cases of a municipality: no login needed.")
class PublicCaseApiController {

	private final Municipalities municipalities;

	private final PublicCases cases;

	PublicCaseApiController(Municipalities municipalities, PublicCases cases) {
		this.municipalities = municipalities;
		this.cases = cases;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listPublishedCases", summary = "List published cases",
			description = "Published cases of the municipality, newest first unless sorted otherwise. Page through "
					+ "with nextCursor; the last page has none.")
	@ApiResponse(responseCode = "200", description = "One page of cases")
	@ApiResponse(responseCode = "400", description = "Unknown filter value or cursor",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such municipality",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	CaseList list(@Parameter(description = "The municipality, e.g. boras") @PathVariable String slug,
			@Parameter(description = "Only cases with this status") @RequestParam(required = false) CaseStatus status,
			@Parameter(description = "Only cases of this kind") @RequestParam(required = false) CaseKind kind,
			@Parameter(description = "Only cases in this category (its id)") @RequestParam(
					required = false) Long category,
			@Parameter(
					description = "Search text (Swedish; word forms, missing accents and small typos are tolerated)") @RequestParam(
							required = false) String q,
			@Parameter(description = "Order of the list") @RequestParam(defaultValue = "NEWEST") PublicCaseSort sort,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "Cases per page, 1–50") @RequestParam(defaultValue = "20") int size) {
		Municipality municipality = municipalities.requireBySlug(slug);
		PublicCasePage page = cases.list(municipality.id(), new PublicCaseQuery(status, kind, category, q, sort),
				cursor, size);
		return new CaseList(page.items().stream().map(CaseListItem::of).toList(), page.nextCursor());
	}

	@GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "showPublishedCase", summary = "Show a published case",
			description = "A published case with its public timeline.")
	@ApiResponse(responseCode = "200", description = "The case")
	@ApiResponse(responseCode = "404", description = "No such municipality, or no published case with this reference",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	CaseDetails show(@Parameter(description = "The municipality, e.g. boras") @PathVariable String slug,
			@Parameter(description = "The case reference, e.g. BOR-2026-00042") @PathVariable String reference) {
		Municipality municipality = municipalities.requireBySlug(slug);
		return cases.find(municipality.id(), reference)
			.map(CaseDetails::of)
			.orElseThrow(() -> new NotFoundException("case"));
	}

	@Schema(name = "PublicCaseList")
	record CaseList(@Schema(requiredMode = REQUIRED) List<CaseListItem> items,
			@Schema(description = "Cursor of the next page; null on the last page") String nextCursor) {
	}

	@Schema(name = "PublicCaseListItem")
	record CaseListItem(@Schema(requiredMode = REQUIRED, example = "BOR-2026-00042") String reference,
			@Schema(requiredMode = REQUIRED) CaseKind kind, @Schema(requiredMode = REQUIRED) CaseStatus status,
			@Schema(requiredMode = REQUIRED, description = "The public title, reviewed by the idea coach") String title,
			@Schema(description = "The beginning of the public description") String excerpt, String category,
			@Schema(description = "The responsible unit, once routed") String unit,
			@Schema(requiredMode = REQUIRED) Instant submittedAt,
			@Schema(requiredMode = REQUIRED, description = "How many support the case") int supportCount) {

		static CaseListItem of(PublicCaseSummary summary) {
			return new CaseListItem(summary.reference(), summary.kind(), summary.status(), summary.title(),
					summary.excerpt(), summary.categoryName(), summary.unitName(), summary.submittedAt(),
					summary.supportCount());
		}
	}

	@Schema(name = "PublicCase")
	record CaseDetails(@Schema(requiredMode = REQUIRED, example = "BOR-2026-00042") String reference,
			@Schema(requiredMode = REQUIRED) CaseKind kind, @Schema(requiredMode = REQUIRED) CaseStatus status,
			@Schema(requiredMode = REQUIRED, description = "The public title, reviewed by the idea coach") String title,
			@Schema(description = "The public description, reviewed by the idea coach") String description,
			String category, @Schema(description = "The responsible unit, once routed") String unit,
			@Schema(description = "The named contact person, where the municipality shows staff names") String contactName,
			@Schema(requiredMode = REQUIRED) Instant submittedAt, Instant answeredAt, Instant closedAt,
			@Schema(requiredMode = REQUIRED,
					description = "Swedish working days from submission to the answer (or closing, or today)") int workingDaysTaken,
			@Schema(requiredMode = REQUIRED,
					description = "Status changes and public messages, oldest first") List<TimelineEntry> timeline) {

		static CaseDetails of(PublicCase found) {
			return new CaseDetails(found.reference(), found.kind(), found.status(), found.title(), found.description(),
					found.categoryName(), found.unitName(), found.contactName(), found.submittedAt(),
					found.answeredAt(), found.closedAt(), found.workingDaysTaken(),
					found.timeline().stream().map(TimelineEntry::of).toList());
		}
	}

	@Schema(name = "PublicTimelineEntry")
	record TimelineEntry(@Schema(requiredMode = REQUIRED) Instant occurredAt,
			@Schema(requiredMode = REQUIRED, allowableValues = {
					"SUBMITTED", "ROUTED", "TAKEN", "HANDED_OVER", "RETURNED_TO_COACH", "STATUS_CHANGED",
					"PUBLIC_MESSAGE", "ANSWERED", "FORWARDED", "MERGED", "WITHDRAWN" }) String type,
			@Schema(description = "The status the case moved to, if it moved") CaseStatus status,
			@Schema(description = "The unit the case was routed or handed over to") String unit,
			@Schema(description = "The public message to the resident and everyone") String message){

		static TimelineEntry of(PublicCase.Event event) {
			return new TimelineEntry(event.occurredAt(), event.type(), event.toStatus(), event.unitName(),
					event.message());
		}
	}

}
