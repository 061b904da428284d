package se.medskapa.cases.web;

import java.util.List;
import java.util.Locale;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.StaffCaseViews;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;

/**
 * The idea sluice's queues for staff (coach, unit, mine), and staff's own internal ideas,
 * which enter through the same intake and are never published.
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
			Model model) {
		List<Long> myUnits = staff.unitIdsOf(municipality.id(), me.id());
		boolean coach = me.hasRole(StaffRole.IDEA_COACH);
		model.addAttribute("coachQueue", coach ? views.coachQueue(municipality.id()) : null);
		model.addAttribute("overdue", coach ? views.overdue(municipality.id()) : null);
		model.addAttribute("unitQueue", views.unitQueue(municipality.id(), myUnits));
		model.addAttribute("myCases", views.contactOf(municipality.id(), me.id()));
		model.addAttribute("mayExport", handling.mayExport(me, municipality.id()));
		return "cases/staff-queues";
	}

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
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("categories", categories(municipality));
		model.addAttribute("internal", true);
		return "cases/new";
	}

	private List<Category> categories(Municipality municipality) {
		return organisation.categories(municipality.id());
	}

}
