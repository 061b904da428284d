package se.medskapa.cases.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.cases.CaseAccessDeniedException;
import se.medskapa.cases.CaseAction;
import se.medskapa.cases.CaseAttachments;
import se.medskapa.cases.InvalidCaseActionException;
import se.medskapa.cases.RoutingRules;
import se.medskapa.cases.SimilarCases;
import se.medskapa.cases.SimilarCases.SimilarCase;
import se.medskapa.cases.RoutingSuggestion;
import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.StaffCaseDetail;
import se.medskapa.cases.StaffCaseQuery;
import se.medskapa.cases.StaffCaseView;
import se.medskapa.cases.StaffCaseViews;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.shared.NotFoundException;

/**
 * The staff case page, shared by the controllers whose actions it offers: the case as the
 * reader may see it, what its forms choose from, and one form per action, each under its
 * model name. The page is two columns (UX finding 5): the case and its timeline, and an
 * action panel with the one primary action of the case's state open, the routine ones
 * folded, and the rare and risky ones (answer and close, forward, merge) under "Mer". An
 * action submitted with errors, or refused by the case, shows the page again (422) with
 * its own form as typed, open, and the errors in it; a done action goes back to the page
 * at that action's place ({@code #action-<form>}) with a flash message.
 */
@Component
class StaffCasePage {

	static final String VIEW = "cases/staff-case";

	/** Each form's model name (also its fragment and heading key) and its action. */
	private static final Map<String, CaseAction> FORMS = Map.ofEntries(Map.entry("route", CaseAction.ROUTE),
			Map.entry("answer", CaseAction.ANSWER), Map.entry("publish", CaseAction.PUBLISH),
			Map.entry("take", CaseAction.TAKE), Map.entry("assign", CaseAction.ASSIGN),
			Map.entry("status", CaseAction.CHANGE_STATUS), Map.entry("message", CaseAction.MESSAGE),
			Map.entry("handOver", CaseAction.HAND_OVER), Map.entry("return", CaseAction.RETURN),
			Map.entry("forward", CaseAction.FORWARD), Map.entry("merge", CaseAction.MERGE),
			Map.entry("note", CaseAction.NOTE), Map.entry("registryNumber", CaseAction.REGISTRY_NUMBER));

	/** An action's place in the panel: its form's model name and its fragment. */
	record Slot(String name, String template, String fragment) {

		private static Slot of(String name, String file) {
			return new Slot(name, "cases/staff-case/" + file, name);
		}

	}

	/** The routine actions, in the panel's order; the primary one is taken out. */
	private static final List<Slot> ROUTINE = List.of(Slot.of("route", "route"), Slot.of("take", "take"),
			Slot.of("status", "status"), Slot.of("message", "message"), Slot.of("assign", "assign"),
			Slot.of("handOver", "hand-over"), Slot.of("return", "return"));

	/** Rare and risky: each closes the case. */
	private static final List<Slot> RISKY = List.of(Slot.of("answer", "answer"), Slot.of("forward", "forward"),
			Slot.of("merge", "merge"));

	/** The records of the case, also once it is closed. */
	private static final List<Slot> RECORDS = List.of(Slot.of("publish", "publish"),
			Slot.of("registryNumber", "registry-number"), Slot.of("note", "note"));

	private final StaffCaseViews views;

	private final CaseAttachments attachments;

	private final Organisation organisation;

	private final StaffDirectory staff;

	private final RoutingRules routingRules;

	private final SimilarCases similarCases;

	StaffCasePage(StaffCaseViews views, CaseAttachments attachments, Organisation organisation, StaffDirectory staff,
			RoutingRules routingRules, SimilarCases similarCases) {
		this.similarCases = similarCases;
		this.views = views;
		this.attachments = attachments;
		this.organisation = organisation;
		this.staff = staff;
		this.routingRules = routingRules;
	}

	/** The page with every action's form as offered, none of them submitted. */
	ModelAndView show(Municipality municipality, StaffPrincipal me, String reference) {
		return page(municipality, detail(municipality, me, reference));
	}

	private StaffCaseDetail detail(Municipality municipality, StaffPrincipal me, String reference) {
		return views.detail(me, municipality.id(), reference).orElseThrow(() -> new NotFoundException("case"));
	}

	private ModelAndView page(Municipality municipality, StaffCaseDetail detail) {
		List<Unit> units = organisation.units(municipality.id());
		RoutingSuggestion suggestion = routingRules.suggestRouting(municipality.id(), detail.id(), detail.categoryId(),
				detail.place());
		// A case in the coach queue that already names a unit (a solution: its
		// challenge's
		// unit) is routed there unless the coach chooses otherwise.
		Long suggestedUnitId = detail.status() == CaseStatus.RECEIVED && detail.unitId() != null ? detail.unitId()
				: suggestion.unitId();
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("case", detail);
		page.addObject("attachments", attachments.list(municipality.id(), detail.id()));
		page.addObject("units", units);
		page.addObject("otherUnits",
				units.stream().filter(unit -> !Long.valueOf(unit.id()).equals(detail.unitId())).toList());
		page.addObject("categories", organisation.categories(municipality.id()));
		page.addObject("suggestedUnitId", suggestedUnitId);
		page.addObject("routingSuggestion", suggestion);
		page.addObject("unitMembers",
				detail.unitId() == null ? List.of() : staff.activeMembersOf(municipality.id(), detail.unitId(), null));
		Slot primary = primary(detail);
		page.addObject("primary", primary);
		page.addObject("routine", offered(detail, ROUTINE).stream().filter(slot -> slot != primary).toList());
		page.addObject("risky", offered(detail, RISKY));
		page.addObject("records", offered(detail, RECORDS));
		page.addObject("similar", detail.may("MERGE") ? similar(municipality, detail) : List.of());
		page.addObject("route", RouteForm.suggesting(detail, suggestedUnitId));
		page.addObject("answer", new PublicMessageForm());
		page.addObject("publish", PublishForm.of(detail));
		page.addObject("take", new TakeForm());
		page.addObject("assign", new AssignForm());
		page.addObject("status", StatusForm.at(detail));
		page.addObject("statusChoices",
				Stream.concat(Stream.of(detail.status()), detail.statusTargets().stream()).toList());
		page.addObject("message", new PublicMessageForm());
		page.addObject("handOver", new HandOverForm());
		page.addObject("return", new ReturnForm());
		page.addObject("forward", new ForwardForm());
		page.addObject("merge", new MergeForm());
		page.addObject("note", new NoteForm());
		page.addObject("registryNumber", RegistryNumberForm.of(detail));
		return page;
	}

	/**
	 * The one action the case's state asks for next: routing for the coach, taking a case
	 * nobody has taken, then a new status (with its message), else a message; none when
	 * the reader may only keep records.
	 */
	static Slot primary(StaffCaseDetail detail) {
		if (detail.may("ROUTE")) {
			return ROUTINE.get(0);
		}
		if (detail.may("TAKE") && detail.contactStaffId() == null) {
			return ROUTINE.get(1);
		}
		return offered(detail, ROUTINE).stream()
			.filter(slot -> List.of("status", "message", "take", "assign").contains(slot.name()))
			.findFirst()
			.orElse(null);
	}

	private static List<Slot> offered(StaffCaseDetail detail, List<Slot> slots) {
		return slots.stream().filter(slot -> detail.actions().contains(FORMS.get(slot.name()))).toList();
	}

	/**
	 * The published cases like this one, as the resident was shown them on sending it,
	 * without the case itself; open ones can be merged into in one click.
	 */
	private List<SimilarCase> similar(Municipality municipality, StaffCaseDetail detail) {
		return similarCases.like(municipality.id(), detail.title())
			.stream()
			.filter(similar -> !similar.reference().equals(detail.reference()))
			.toList();
	}

	/**
	 * Performs an action whose form was bound to {@code result}: with errors, or refused
	 * by the case, the page again with them; otherwise back to the page with
	 * {@code doneMessage}.
	 */
	ModelAndView perform(Municipality municipality, StaffPrincipal me, String reference, BindingResult result,
			RedirectAttributes redirect, String doneMessage, Runnable action) {
		if (!result.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("flash", doneMessage);
				StaffCaseView view = fromView();
				if (view != null && andNext()) {
					// "Spara och gå till nästa": the case after this one in the view the
					// reader came from, the done message above it; the view when it was
					// the last.
					redirect.addFlashAttribute("doneCase", reference);
					return new ModelAndView(nextAfter(municipality, me, reference, view));
				}
				if (!maySee(municipality, me, reference)) {
					// A hand-over, a return or a route can take the case out of the
					// reader's
					// reach: the success goes with them to their queue, not onto a
					// "no permission" page (UX finding 3).
					redirect.addFlashAttribute("leftCase", reference);
					return new ModelAndView("redirect:/" + municipality.slug() + "/staff/cases");
				}
				// Back where the reader acted; if the case no longer offers that action,
				// the anchor finds nothing and the page opens at the top, at the flash.
				redirect.addFlashAttribute("actedAt", result.getObjectName());
				return new ModelAndView("redirect:/" + municipality.slug() + "/staff/cases/" + reference
						+ (view == null ? "" : "?view=" + view.key()) + "#action-" + result.getObjectName());
			}
			catch (InvalidCaseActionException ex) {
				reject(result, ex);
			}
		}
		return again(municipality, me, reference, result);
	}

	private String nextAfter(Municipality municipality, StaffPrincipal me, String reference, StaffCaseView view) {
		StaffCaseQuery query = StaffCaseQuery.of(view);
		return views.nextAfter(me, municipality.id(), query, reference)
			.map(next -> "redirect:/" + municipality.slug() + "/staff/cases/" + next + "?view=" + view.key())
			.orElseGet(() -> "redirect:" + StaffCaseQueuesController.tableAddress(municipality, query));
	}

	/**
	 * The saved view the case page was opened from (the table's links carry it, the
	 * action forms post it back), or null.
	 */
	private static StaffCaseView fromView() {
		String key = currentRequest().getParameter("view");
		return key == null ? null : StaffCaseView.of(key, null);
	}

	/** Whether the action was sent with "Spara och gå till nästa ärende". */
	private static boolean andNext() {
		return currentRequest().getParameter("andNext") != null;
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

	private boolean maySee(Municipality municipality, StaffPrincipal me, String reference) {
		try {
			return views.detail(me, municipality.id(), reference).isPresent();
		}
		catch (CaseAccessDeniedException ex) {
			return false;
		}
	}

	/** The refusal at the field it is about, or at the top of the form. */
	private static void reject(BindingResult result, InvalidCaseActionException ex) {
		String field = result.getTarget() instanceof ActionForm form ? form.fieldRefusedBy(ex.messageKey()) : null;
		if (field == null) {
			result.reject(ex.messageKey());
		}
		else {
			result.rejectValue(field, ex.messageKey());
		}
	}

	/**
	 * The page read again (the case may have moved on) with the submitted form as typed
	 * and its errors; {@code refused} names that form and says whether the page still
	 * offers it, so that the error summary links into it or, if not, says the reason on
	 * its own.
	 */
	private ModelAndView again(Municipality municipality, StaffPrincipal me, String reference, BindingResult result) {
		StaffCaseDetail detail = detail(municipality, me, reference);
		ModelAndView page = page(municipality, detail);
		String form = result.getObjectName();
		page.addObject(form, result.getTarget());
		page.addObject(BindingResult.MODEL_KEY_PREFIX + form, result);
		page.addObject("refused", new RefusedForm(form, detail.actions().contains(FORMS.get(form))));
		page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return page;
	}

	/** The submitted form that failed, and whether the page still shows it. */
	record RefusedForm(String name, boolean shown) {
	}

}
