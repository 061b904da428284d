package se.medskapa.accounts.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.spi.StaffWorkload;
import se.medskapa.shared.Navigation;

/**
 * The staff start page: what waits for the staff member (the counts modules contribute as
 * {@link StaffWorkload}), and the links every module contributes for their roles and
 * municipality.
 */
@Controller
class StaffHomeController {

	private final Navigation navigation;

	private final List<StaffWorkload> workloads;

	StaffHomeController(Navigation navigation, List<StaffWorkload> workloads) {
		this.navigation = navigation;
		this.workloads = workloads;
	}

	@GetMapping("/staff")
	String home(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
		Set<String> roleNames = principal.roles().stream().map(StaffRole::name).collect(Collectors.toSet());
		model.addAttribute("staff", principal);
		model.addAttribute("navigation", navigation.staffHome(principal.municipalitySlug(), roleNames));
		model.addAttribute("workload",
				workloads.stream().flatMap(workload -> workload.countsFor(principal).stream()).toList());
		return "accounts/staff-home";
	}

}
