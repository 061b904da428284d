package se.medskapa.accounts.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import se.medskapa.accounts.EmailAlreadyUsedException;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffMember;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.web.AccountForms.StaffForm;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;

/**
 * The municipality admin's staff pages: invite, change roles and units, start a sign-in
 * over, deactivate.
 */
@Controller
@RequestMapping("/{slug}/admin/staff")
class StaffAdminController {

	private final Organisation organisation;

	private final StaffDirectory directory;

	StaffAdminController(Organisation organisation, StaffDirectory directory) {
		this.organisation = organisation;
		this.directory = directory;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "municipalityId");
	}

	@ModelAttribute("allRoles")
	List<StaffRole> allRoles() {
		return StaffRole.municipalityRoles();
	}

	@GetMapping
	String list(@ModelAttribute("municipality") Municipality municipality, Model model) {
		model.addAttribute("staff", directory.staffOf(municipality.id()));
		model.addAttribute("unitNames", unitNames(municipality));
		return "admin/staff-list";
	}

	@GetMapping("/new")
	String inviteForm(@ModelAttribute("municipality") Municipality municipality, Model model) {
		model.addAttribute("form", new StaffForm());
		model.addAttribute("units", organisation.units(municipality.id()));
		return "admin/staff-form";
	}

	@PostMapping
	String invite(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal admin, @Valid @ModelAttribute("form") StaffForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				directory.invite(municipality, form.getEmail(), form.getDisplayName(), form.getRoles(),
						form.getUnitIds(), admin.displayName(), locale);
				redirect.addFlashAttribute("flash", "flash.invitationSent");
				return "redirect:/" + municipality.slug() + "/admin/staff";
			}
			catch (EmailAlreadyUsedException ex) {
				result.rejectValue("email", "validation.emailUsed");
			}
		}
		model.addAttribute("units", organisation.units(municipality.id()));
		return "admin/staff-form";
	}

	@GetMapping("/{id}/edit")
	String editForm(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id, Model model) {
		StaffMember member = directory.member(municipality.id(), id);
		StaffForm form = new StaffForm();
		form.setEmail(member.email());
		form.setDisplayName(member.displayName());
		form.setRoles(member.roles().isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(member.roles()));
		form.setUnitIds(new ArrayList<>(member.unitIds()));
		model.addAttribute("form", form);
		model.addAttribute("member", member);
		model.addAttribute("units", organisation.units(municipality.id()));
		return "admin/staff-form";
	}

	@PostMapping("/{id}")
	String update(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@ModelAttribute("form") StaffForm form, RedirectAttributes redirect) {
		directory.changeRolesAndUnits(municipality.id(), id, form.getRoles(), form.getUnitIds());
		redirect.addFlashAttribute("flash", "flash.saved");
		return "redirect:/" + municipality.slug() + "/admin/staff";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@AuthenticationPrincipal StaffPrincipal admin, RedirectAttributes redirect) {
		if (id == admin.id()) {
			redirect.addFlashAttribute("flash", "flash.cannotDeactivateSelf");
		}
		else {
			directory.deactivate(municipality.id(), id, admin.id());
			redirect.addFlashAttribute("flash", "flash.deactivated");
		}
		return "redirect:/" + municipality.slug() + "/admin/staff";
	}

	/**
	 * A new invitation in place of the password and second factor (F9): for a lost phone
	 * or a leaked TOTP secret.
	 */
	@PostMapping("/{id}/reset-sign-in")
	String resetSignIn(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			@AuthenticationPrincipal StaffPrincipal admin, Locale locale, RedirectAttributes redirect) {
		if (id == admin.id()) {
			redirect.addFlashAttribute("flash", "flash.cannotResetOwnSignIn");
		}
		else {
			directory.resetSignIn(municipality, id, admin.displayName(), locale);
			redirect.addFlashAttribute("flash", "flash.signInReset");
		}
		return "redirect:/" + municipality.slug() + "/admin/staff";
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@ModelAttribute("municipality") Municipality municipality, @PathVariable long id,
			RedirectAttributes redirect) {
		directory.reactivate(municipality.id(), id);
		redirect.addFlashAttribute("flash", "flash.reactivated");
		return "redirect:/" + municipality.slug() + "/admin/staff";
	}

	private Map<Long, String> unitNames(Municipality municipality) {
		Map<Long, String> names = new HashMap<>();
		organisation.units(municipality.id()).forEach(unit -> names.put(unit.id(), unit.name()));
		return names;
	}

}
