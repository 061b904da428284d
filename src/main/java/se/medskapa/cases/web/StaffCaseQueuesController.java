package se.medskapa.cases.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.cases.CaseAccessDeniedException;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.ConcurrentCaseChangeException;
import se.medskapa.cases.InvalidCaseActionException;
import se.medskapa.cases.InvalidCursorException;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.StaffCaseQuery;
import se.medskapa.cases.StaffCaseSort;
import se.medskapa.cases.StaffCaseTable;
import se.medskapa.cases.StaffCaseView;
import se.medskapa.cases.StaffCaseViews;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.NotFoundException;

/**
 * The staff case table (saved views, filters, search, keyset pages, bulk actions and "go
 * to the next case", issue 14), and staff's own internal ideas, which enter through the
 * same intake and are never published.
 */
@Controller
@RequestMapping("/{slug}/staff/cases")
class StaffCaseQueuesController {

	private final StaffDirectory staff;

	private final StaffCaseViews views;

	private final CaseHandling handling;

	private final CaseIntake intake;

	private final Organisation organisation;

	StaffCaseQueuesController(StaffDirectory staff, StaffCaseViews views, CaseHandling handling, CaseIntake intake,
			Organisation organisation) {
		this.staff = staff;
		this.views = views;
		this.handling = handling;
		this.intake = intake;
		this.organisation = organisation;
	}

	@GetMapping
	String queues(@ModelAttribute("municipality") Municipality municipality, @AuthenticationPrincipal StaffPrincipal me,
			@RequestParam(required = false) String view, @RequestParam(required = false) String q,
			@RequestParam(required = false) CaseKind kind, @RequestParam(required = false) Long category,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String after, Model model) {
		StaffCaseQuery query = query(municipality, me, view, q, kind, category, unit, status, sort, after);
		StaffCaseTable table;
		try {
			table = views.table(me, municipality.id(), query);
		}
		catch (InvalidCursorException ex) {
			query = query.firstPage();
			table = views.table(me, municipality.id(), query);
		}
		List<Long> myUnits = staff.unitIdsOf(municipality.id(), me.id());
		model.addAttribute("query", query);
		model.addAttribute("table", table);
		model.addAttribute("views", StaffCaseView.values());
		model.addAttribute("sorts", StaffCaseSort.values());
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("categories", organisation.categories(municipality.id()));
		model.addAttribute("units", organisation.units(municipality.id()));
		model.addAttribute("handlers",
				myUnits.stream()
					.flatMap(unitId -> staff.activeMembersOf(municipality.id(), unitId, null).stream())
					.distinct()
					.toList());
		model.addAttribute("mayExport", handling.mayExport(me, municipality.id()));
		return "cases/staff-queues";
	}

	/**
	 * The case after the given one in the view the reader came from ("save and go to the
	 * next case"); back to the view when it was the last.
	 */
	@GetMapping("/next")
	String next(@ModelAttribute("municipality") Municipality municipality, @AuthenticationPrincipal StaffPrincipal me,
			@RequestParam String from, @RequestParam(required = false) String view,
			@RequestParam(required = false) String q, @RequestParam(required = false) CaseKind kind,
			@RequestParam(required = false) Long category, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String sort) {
		StaffCaseQuery query = query(municipality, me, view, q, kind, category, unit, status, sort, null);
		return views.nextAfter(me, municipality.id(), query, from)
			.map(reference -> "redirect:/" + municipality.slug() + "/staff/cases/" + reference)
			.orElseGet(() -> "redirect:" + tableAddress(municipality, query));
	}

	/**
	 * Route, assign or set the status of several cases at once: each case goes through
	 * the same use case and permission check as on its own page, and gets its own result
	 * line.
	 */
	@PostMapping("/bulk")
	String bulk(@ModelAttribute("municipality") Municipality municipality, @AuthenticationPrincipal StaffPrincipal me,
			@RequestParam(name = "ref", required = false) List<String> references, @RequestParam String action,
			@RequestParam(required = false) Long toUnit, @RequestParam(required = false) Long handler,
			@RequestParam(required = false) CaseStatus toStatus, @RequestParam(required = false) String statusMessage,
			@RequestParam(required = false) String view, @RequestParam(required = false) String q,
			@RequestParam(required = false) CaseKind kind, @RequestParam(required = false) Long category,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String andNext,
			RedirectAttributes redirect) {
		StaffCaseQuery query = query(municipality, me, view, q, kind, category, unit, status, sort, null);
		List<String> chosen = references == null ? List.of()
				: references.stream().filter(ref -> ref != null && !ref.isBlank()).distinct().limit(MAX_BULK).toList();
		String missing = chosen.isEmpty() ? "staffCases.bulk.noneChosen" : switch (action) {
			case "route" -> toUnit == null ? "staffCases.bulk.unitRequired" : null;
			case "assign" -> handler == null ? "staffCases.bulk.handlerRequired" : null;
			case "status" -> toStatus == null ? "staffCases.bulk.statusRequired" : null;
			default -> "staffCases.bulk.noneChosen";
		};
		if (missing != null) {
			redirect.addFlashAttribute("bulkError", missing);
			redirect.addFlashAttribute("bulkChosen", new ArrayList<>(chosen));
			return "redirect:" + tableAddress(municipality, query) + "#bulk";
		}
		ArrayList<BulkResult> results = new ArrayList<>();
		for (String reference : chosen) {
			results.add(BulkResult.of(reference, () -> {
				switch (action) {
					case "route" -> handling.routeCase(me, municipality.id(), reference, toUnit, null, null);
					case "assign" -> handling.assignCase(me, municipality.id(), reference, handler);
					default ->
						handling.changeCaseStatus(me, municipality.id(), reference, toStatus, statusMessage, null);
				}
			}));
		}
		redirect.addFlashAttribute("bulkResults", results);
		if (andNext != null && !results.isEmpty()) {
			String last = chosen.get(chosen.size() - 1);
			return views.nextAfter(me, municipality.id(), query, last)
				.map(reference -> "redirect:/" + municipality.slug() + "/staff/cases/" + reference)
				.orElseGet(() -> "redirect:" + tableAddress(municipality, query));
		}
		return "redirect:" + tableAddress(municipality, query) + "#bulk-results";
	}

	/** The most cases one bulk action takes: one page of the table. */
	static final int MAX_BULK = StaffCaseViews.TABLE_PAGE_SIZE;

	private StaffCaseQuery query(Municipality municipality, StaffPrincipal me, String view, String q, CaseKind kind,
			Long category, Long unit, CaseStatus status, String sort, String after) {
		return new StaffCaseQuery(StaffCaseView.of(view, views.defaultView(me, municipality.id())), q, kind, category,
				unit, status, StaffCaseSort.of(sort, StaffCaseSort.DEADLINE), after);
	}

	/** The address of the table with the view and filters of the query (first page). */
	static String tableAddress(Municipality municipality, StaffCaseQuery query) {
		return UriComponentsBuilder.fromPath("/" + municipality.slug() + "/staff/cases")
			.queryParam("view", query.view().key())
			.queryParamIfPresent("q", Optional.ofNullable(query.text()))
			.queryParamIfPresent("kind", Optional.ofNullable(query.kind()))
			.queryParamIfPresent("category", Optional.ofNullable(query.categoryId()))
			.queryParamIfPresent("unit", Optional.ofNullable(query.unitId()))
			.queryParamIfPresent("status", Optional.ofNullable(query.status()))
			.queryParam("sort", query.sort().key())
			.encode()
			.build()
			.toUriString();
	}

	/**
	 * One line of a bulk action's outcome: done, or why not (a message key of the
	 * refusal). Serializable, as it travels in the session's flash.
	 */
	record BulkResult(String reference, boolean done, String messageKey) implements Serializable {

		static BulkResult of(String reference, Runnable action) {
			try {
				action.run();
				return new BulkResult(reference, true, "staffCases.bulk.done");
			}
			catch (NotFoundException ex) {
				return new BulkResult(reference, false, "staffCases.bulk.notFound");
			}
			catch (CaseAccessDeniedException ex) {
				return new BulkResult(reference, false, "staffCases.bulk.notAllowed");
			}
			catch (ConcurrentCaseChangeException ex) {
				return new BulkResult(reference, false, "staffCases.bulk.concurrent");
			}
			catch (InvalidCaseActionException ex) {
				return new BulkResult(reference, false, ex.messageKey());
			}
		}

	}

	/** The kinds of an internal idea: every kind but the resident's citizen proposal. */
	private static final List<CaseKind> STAFF_KINDS = Arrays.stream(CaseKind.values())
		.filter(kind -> kind != CaseKind.PROPOSAL)
		.toList();

	@InitBinder("form")
	void internalIdeaFields(WebDataBinder binder) {
		binder.setAllowedFields("kind", "title", "description", "categoryId", "place");
	}

	@GetMapping("/new")
	String newInternalIdea(@ModelAttribute("municipality") Municipality municipality, Model model) {
		CaseForm form = new CaseForm();
		form.setKind(CaseKind.IDEA);
		return internalForm(municipality, form, model);
	}

	@PostMapping
	String submitInternalIdea(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") CaseForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		// Staff cannot file a citizen proposal (medborgarförslag): only a resident can.
		if (form.getKind() != null && !STAFF_KINDS.contains(form.getKind())) {
			result.rejectValue("kind", "validation.chooseOne");
		}
		// An unknown category is a wrong choice in the form, told at the field.
		if (form.getCategoryId() != null
				&& categories(municipality).stream().noneMatch(category -> category.id() == form.getCategoryId())) {
			result.rejectValue("categoryId", "validation.chooseOne");
		}
		if (result.hasErrors()) {
			return internalForm(municipality, form, model);
		}
		SubmittedCase submitted = intake.submit(municipality,
				new CaseSubmission(form.getKind(), form.getTitle(), form.getDescription(), form.getCategoryId(),
						form.getPlace(), me.displayName(), null, false, locale.getLanguage(), null, me.id(), true));
		redirect.addFlashAttribute("flash", "flash.case.internalSubmitted");
		return "redirect:/" + municipality.slug() + "/staff/cases/" + submitted.reference();
	}

	private String internalForm(Municipality municipality, CaseForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", STAFF_KINDS);
		model.addAttribute("categories", categories(municipality));
		model.addAttribute("internal", true);
		return "cases/new";
	}

	private List<Category> categories(Municipality municipality) {
		return organisation.categories(municipality.id());
	}

}
