package se.medskapa.cases.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.StaffCaseViews;
import se.medskapa.cases.web.StaffCaseApi.CaseDetail;
import se.medskapa.cases.web.StaffCaseApi.CaseSummary;
import se.medskapa.cases.web.StaffCaseApi.HandOverRequest;
import se.medskapa.cases.web.StaffCaseApi.NoteRequest;
import se.medskapa.cases.web.StaffCaseApi.Queues;
import se.medskapa.cases.web.StaffCaseApi.RouteRequest;
import se.medskapa.cases.web.StaffCaseApi.StatusRequest;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.NotFoundException;

/**
 * The idea sluice for staff as JSON, authenticated by a personal API token
 * ({@code Authorization: Bearer …}; see the staff profile page). The token acts as its
 * owner, so every action is the same {@link CaseHandling} use case as on the pages, with
 * the same permission checks and guards. Actions answer 204; refusals are problem details
 * (RFC 7807): 403 for the role or unit, 404 for an unknown case, 409 when someone else
 * changed the case at the same moment, 422 when the case's state does not allow the
 * action, with the reason in the caller's language ({@code Accept-Language}).
 */
@RestController
@RequestMapping(path = "/api/v1/{slug}/staff/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class StaffCaseApiController {

	private final Municipalities municipalities;

	private final StaffDirectory staff;

	private final StaffCaseViews views;

	private final CaseHandling handling;

	StaffCaseApiController(Municipalities municipalities, StaffDirectory staff, StaffCaseViews views,
			CaseHandling handling) {
		this.municipalities = municipalities;
		this.staff = staff;
		this.views = views;
		this.handling = handling;
	}

	/**
	 * The caller's queues: the coach queue and overdue cases (idea coaches), the unit
	 * queue, and my cases.
	 */
	@GetMapping
	Queues queues(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal me) {
		Municipality municipality = municipalities.requireBySlug(slug);
		boolean coach = me.hasRole(StaffRole.IDEA_COACH);
		List<Long> myUnits = staff.unitIdsOf(municipality.id(), me.id());
		return new Queues(coach ? CaseSummary.of(views.coachQueue(municipality.id())) : null,
				coach ? CaseSummary.of(views.overdue(municipality.id())) : null,
				CaseSummary.of(views.unitQueue(municipality.id(), myUnits)),
				CaseSummary.of(views.contactOf(municipality.id(), me.id())));
	}

	/** The full staff view of a case, with the internal timeline. */
	@GetMapping("/{reference}")
	CaseDetail caseFile(@PathVariable String slug, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me) {
		Municipality municipality = municipalities.requireBySlug(slug);
		return CaseDetail
			.of(views.detail(me, municipality.id(), reference).orElseThrow(() -> new NotFoundException("case")));
	}

	/**
	 * The coach routes the case to a unit, publishing the reviewed version when one is
	 * given.
	 */
	@PostMapping(path = "/{reference}/route", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void route(@PathVariable String slug, @PathVariable String reference, @AuthenticationPrincipal StaffPrincipal me,
			@Valid @RequestBody RouteRequest request) {
		boolean publish = request.publicTitle() != null || request.publicDescription() != null;
		handling.routeCase(me, municipalityId(slug), reference, request.unitId(), request.categoryId(),
				publish ? new PublicVersion(request.publicTitle(), request.publicDescription()) : null);
	}

	/** A handler of the case's unit becomes its named contact. */
	@PostMapping("/{reference}/take")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void take(@PathVariable String slug, @PathVariable String reference, @AuthenticationPrincipal StaffPrincipal me) {
		handling.takeCase(me, municipalityId(slug), reference);
	}

	/** Hands the case over to another unit; the note is required. */
	@PostMapping(path = "/{reference}/hand-over", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void handOver(@PathVariable String slug, @PathVariable String reference, @AuthenticationPrincipal StaffPrincipal me,
			@Valid @RequestBody HandOverRequest request) {
		handling.handOverCase(me, municipalityId(slug), reference, request.toUnitId(), request.note());
	}

	/**
	 * Changes the status, with an optional public message to the resident and an optional
	 * internal note.
	 */
	@PostMapping(path = "/{reference}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changeStatus(@PathVariable String slug, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me, @Valid @RequestBody StatusRequest request) {
		handling.changeCaseStatus(me, municipalityId(slug), reference, request.status(), request.publicMessage(),
				request.internalNote());
	}

	/** Adds an internal note to the case's timeline. */
	@PostMapping(path = "/{reference}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void addNote(@PathVariable String slug, @PathVariable String reference, @AuthenticationPrincipal StaffPrincipal me,
			@Valid @RequestBody NoteRequest request) {
		handling.addInternalNote(me, municipalityId(slug), reference, request.note());
	}

	private long municipalityId(String slug) {
		return municipalities.requireBySlug(slug).id();
	}

}
