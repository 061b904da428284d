package se.medskapa.accounts.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.EidProviders;
import se.medskapa.accounts.ResidentIdentities;
import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.ResidentProfile;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.spi.ResidentData;
import se.medskapa.accounts.spi.ResidentMunicipalities;
import se.medskapa.accounts.spi.ResidentMunicipalities.ResidentMunicipality;
import se.medskapa.accounts.web.AccountForms.ProfileForm;

/** "My account" for residents: profile, language, export of one's own data, deletion. */
@Controller
class AccountController {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final Residents residents;

	private final LocaleResolver localeResolver;

	private final List<ResidentData> contributions;

	private final ResidentIdentities identities;

	private final EidProviders providers;

	private final List<ResidentMunicipalities> municipalities;

	AccountController(Residents residents, LocaleResolver localeResolver, List<ResidentData> contributions,
			ResidentIdentities identities, EidProviders providers, List<ResidentMunicipalities> municipalities) {
		this.municipalities = municipalities;
		this.residents = residents;
		this.identities = identities;
		this.providers = providers;
		this.localeResolver = localeResolver;
		this.contributions = contributions;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal ResidentPrincipal resident, Model model) {
		ResidentProfile profile = residents.profile(resident.id()).orElseThrow();
		ProfileForm form = new ProfileForm();
		form.setDisplayName(profile.displayName());
		form.setPreferredLanguage(profile.preferredLanguage());
		model.addAttribute("profile", profile);
		model.addAttribute("form", form);
		addIdentity(resident, model);
		return "accounts/account";
	}

	@PostMapping("/account")
	String updateProfile(@AuthenticationPrincipal ResidentPrincipal resident,
			@Valid @ModelAttribute("form") ProfileForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("profile", residents.profile(resident.id()).orElseThrow());
			addIdentity(resident, model);
			return "accounts/account";
		}
		residents.updateProfile(resident.id(), form.getDisplayName(), form.getPreferredLanguage());
		localeResolver.setLocale(request, response, Locale.forLanguageTag(form.getPreferredLanguage()));
		redirect.addFlashAttribute("flash", "flash.saved");
		return "redirect:/account";
	}

	private void addIdentity(ResidentPrincipal resident, Model model) {
		identities.verifiedIdentity(resident.id()).ifPresent(identity -> model.addAttribute("identity", identity));
		model.addAttribute("eidProviders", providers.all());
		model.addAttribute("homeMunicipalities", municipalitiesOf(resident.id()));
	}

	/** The way back to the municipalities the resident took part in, by name. */
	private List<ResidentMunicipality> municipalitiesOf(long residentId) {
		Map<String, ResidentMunicipality> bySlug = new LinkedHashMap<>();
		municipalities.stream()
			.flatMap(module -> module.municipalitiesOf(residentId).stream())
			.forEach(municipality -> bySlug.putIfAbsent(municipality.slug(), municipality));
		// Swedish order (Å, Ä, Ö last), as the names are Swedish whatever the page's
		// language.
		Collator swedish = Collator.getInstance(SWEDISH);
		return bySlug.values().stream().sorted(Comparator.comparing(ResidentMunicipality::name, swedish)).toList();
	}

	@GetMapping("/account/export")
	ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal ResidentPrincipal resident) {
		ResidentProfile profile = residents.profile(resident.id()).orElseThrow();
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("account", profile);
		// Each module that holds something about the resident adds its own section.
		for (ResidentData contribution : contributions) {
			export.put(contribution.section(), contribution.exportFor(resident.id()));
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"medskapa-my-data.json\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(export);
	}

	@GetMapping("/account/delete")
	String confirmDelete() {
		return "accounts/account-delete";
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal ResidentPrincipal resident, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		residents.deleteAccount(resident.id());
		new SecurityContextLogoutHandler().logout(request, response, null);
		redirect.addFlashAttribute("flash", "flash.accountDeleted");
		return "redirect:/";
	}

}
