package se.medskapa.municipalities.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.Department;
import se.medskapa.municipalities.DuplicateNameException;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.municipalities.web.OrganisationForms.CategoryForm;
import se.medskapa.municipalities.web.OrganisationForms.DepartmentForm;
import se.medskapa.municipalities.web.OrganisationForms.UnitForm;
import se.medskapa.shared.Navigation;

/**
 * The municipality admin's pages for departments, units and categories. Access is decided
 * in the security configuration (own municipality, admin role, second factor); every read
 * and write here is scoped by the municipality of the path as well.
 */
@Controller
@RequestMapping("/{slug}/admin")
class OrganisationAdminController {

	private final Organisation organisation;

	private final Navigation navigation;

	OrganisationAdminController(Organisation organisation, Navigation navigation) {
		this.organisation = organisation;
		this.navigation = navigation;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "municipalityId");
	}

	@GetMapping
	String overview(@ModelAttribute("municipality") Municipality municipality, Model model) {
		model.addAttribute("departments", organisation.departments(municipality.id()));
		model.addAttribute("units", organisation.units(municipality.id()));
		model.addAttribute("categories", organisation.categories(municipality.id()));
		model.addAttribute("navigation", navigation.adminOverview(municipality.slug()));
		return "admin/overview";
	}

	@GetMapping("/departments/new")
	String newDepartment(Model model) {
		model.addAttribute("form", new DepartmentForm());
		return "admin/department-form";
	}

	@PostMapping("/departments")
	String createDepartment(@ModelAttribute("municipality") Municipality municipality,
			@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()
				&& !duplicate(result, () -> organisation.createDepartment(municipality.id(), form.getName()))) {
			return saved(municipality, redirect);
		}
		return "admin/department-form";
	}

	@GetMapping("/departments/{id}/edit")
	String editDepartment(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			Model model) {
		Department department = organisation.department(municipality.id(), id);
		DepartmentForm form = new DepartmentForm();
		form.setName(department.name());
		model.addAttribute("form", form);
		model.addAttribute("departmentId", id);
		return "admin/department-form";
	}

	@PostMapping("/departments/{id}")
	String updateDepartment(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		organisation.department(municipality.id(), id);
		if (!result.hasErrors()
				&& !duplicate(result, () -> organisation.renameDepartment(municipality.id(), id, form.getName()))) {
			return saved(municipality, redirect);
		}
		model.addAttribute("departmentId", id);
		return "admin/department-form";
	}

	@GetMapping("/units/new")
	String newUnit(@ModelAttribute("municipality") Municipality municipality, Model model) {
		model.addAttribute("form", new UnitForm());
		model.addAttribute("departments", organisation.departments(municipality.id()));
		return "admin/unit-form";
	}

	@PostMapping("/units")
	String createUnit(@ModelAttribute("municipality") Municipality municipality,
			@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && !duplicate(result, () -> organisation.createUnit(municipality.id(),
				form.getDepartmentId(), form.getName(), form.getEmail()))) {
			return saved(municipality, redirect);
		}
		model.addAttribute("departments", organisation.departments(municipality.id()));
		return "admin/unit-form";
	}

	@GetMapping("/units/{id}/edit")
	String editUnit(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id, Model model) {
		Unit unit = organisation.unit(municipality.id(), id);
		UnitForm form = new UnitForm();
		form.setDepartmentId(unit.departmentId());
		form.setName(unit.name());
		form.setEmail(unit.email());
		model.addAttribute("form", form);
		model.addAttribute("unitId", id);
		model.addAttribute("departments", organisation.departments(municipality.id()));
		return "admin/unit-form";
	}

	@PostMapping("/units/{id}")
	String updateUnit(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		organisation.unit(municipality.id(), id);
		if (!result.hasErrors() && !duplicate(result, () -> organisation.updateUnit(municipality.id(), id,
				form.getDepartmentId(), form.getName(), form.getEmail()))) {
			return saved(municipality, redirect);
		}
		model.addAttribute("unitId", id);
		model.addAttribute("departments", organisation.departments(municipality.id()));
		return "admin/unit-form";
	}

	@GetMapping("/categories/new")
	String newCategory(Model model) {
		model.addAttribute("form", new CategoryForm());
		return "admin/category-form";
	}

	@PostMapping("/categories")
	String createCategory(@ModelAttribute("municipality") Municipality municipality,
			@Valid @ModelAttribute("form") CategoryForm form, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors() && !duplicate(result,
				() -> organisation.createCategory(municipality.id(), form.getName(), form.getDescription()))) {
			return saved(municipality, redirect);
		}
		return "admin/category-form";
	}

	@GetMapping("/categories/{id}/edit")
	String editCategory(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id, Model model) {
		Category category = organisation.category(municipality.id(), id);
		CategoryForm form = new CategoryForm();
		form.setName(category.name());
		form.setDescription(category.description());
		model.addAttribute("form", form);
		model.addAttribute("categoryId", id);
		return "admin/category-form";
	}

	@PostMapping("/categories/{id}")
	String updateCategory(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@Valid @ModelAttribute("form") CategoryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		organisation.category(municipality.id(), id);
		if (!result.hasErrors() && !duplicate(result,
				() -> organisation.updateCategory(municipality.id(), id, form.getName(), form.getDescription()))) {
			return saved(municipality, redirect);
		}
		model.addAttribute("categoryId", id);
		return "admin/category-form";
	}

	/** Runs the write; a name clash becomes a field error instead of an exception. */
	private static boolean duplicate(BindingResult result, Runnable write) {
		try {
			write.run();
			return false;
		}
		catch (DuplicateNameException ex) {
			result.rejectValue("name", "validation.duplicateName");
			return true;
		}
	}

	private static String saved(Municipality municipality, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "flash.saved");
		return "redirect:/" + municipality.slug() + "/admin";
	}

}
