package se.medskapa.accounts.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.shared.Navigation;

/**
 * The staff start page: the links every module contributes for the staff member's roles
 * and municipality.
 */
@Controller
class StaffHomeController {

	private final Navigation navigation;

	StaffHomeController(Navigation navigation) {
		this.navigation = navigation;
	}

	@GetMapping("/staff")
	String home(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
		Set<String> roleNames = principal.roles().stream().map(StaffRole::name).collect(Collectors.toSet());
		model.addAttribute("staff", principal);
		model.addAttribute("navigation", navigation.staffHome(principal.municipalitySlug(), roleNames));
		return "accounts/staff-home";
	}

}
