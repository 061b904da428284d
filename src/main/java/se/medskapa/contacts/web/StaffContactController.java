package se.medskapa.contacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.contacts.BackgroundField;
import se.medskapa.contacts.ContactBankSettings;
import se.medskapa.contacts.ContactInvitations;
import se.medskapa.contacts.ContactLanguage;
import se.medskapa.contacts.ContactSearch;
import se.medskapa.contacts.District;
import se.medskapa.contacts.InvalidContactInputException;
import se.medskapa.contacts.WayOfTakingPart;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;

/**
 * The official's pages: search (counts and pseudonyms), the invitation of a stratified
 * random sample, the unit's invitations with the acceptances, and the guide.
 */
@Controller
class StaffContactController {

	static final String[] SEARCH_FIELDS = { "topicId", "districtId", "way", "language", "ageBand",
			"residenceDistrictId", "occupation", "schoolParent" };

	private final ContactSearch search;

	private final ContactInvitations invitations;

	private final ContactBankSettings settings;

	private final Organisation organisation;

	private final StaffDirectory staff;

	private final MessageSource messages;

	StaffContactController(ContactSearch search, ContactInvitations invitations, ContactBankSettings settings,
			Organisation organisation, StaffDirectory staff, MessageSource messages) {
		this.messages = messages;
		this.search = search;
		this.invitations = invitations;
		this.settings = settings;
		this.organisation = organisation;
		this.staff = staff;
	}

	@InitBinder("searchForm")
	void searchFields(WebDataBinder binder) {
		binder.setAllowedFields(SEARCH_FIELDS);
	}

	@InitBinder("inviteForm")
	void inviteFields(WebDataBinder binder) {
		List<String> fields = new ArrayList<>(List.of(SEARCH_FIELDS));
		fields.addAll(List.of("unitId", "subject", "body", "link", "target", "size", "quotaFacet1", "quotaMinimum1",
				"quotaFacet2", "quotaMinimum2", "selection"));
		binder.setAllowedFields(fields.toArray(String[]::new));
	}

	@GetMapping("/{slug}/staff/contacts")
	String searchPage(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @ModelAttribute("searchForm") SearchForm form,
			BindingResult result, @RequestParam(required = false) String search, Model model,
			HttpServletResponse response) {
		checkCriteria(form, result);
		InvitationForm invite = new InvitationForm();
		copyCriteria(form, invite);
		if (search != null && !result.hasErrors()) {
			ContactSearch.Result found = this.search.search(actor, municipality.id(), form.toCriteria());
			model.addAttribute("result", found);
			model.addAttribute("selectable", found.pseudonyms());
		}
		else if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return view(municipality, actor, invite, model);
	}

	@PostMapping("/{slug}/staff/contacts/invitations")
	String invite(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @ModelAttribute("inviteForm") InvitationForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		checkCriteria(form, result);
		if (!result.hasErrors()) {
			try {
				ContactInvitations.Outcome outcome = invitations.invite(actor, municipality.id(), form.toRequest());
				redirect.addFlashAttribute("outcome", outcome);
				return "redirect:/" + municipality.slug() + "/staff/contacts/invitations/" + outcome.invitationId();
			}
			catch (InvalidContactInputException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		SearchForm criteria = new SearchForm();
		copyCriteria(form, criteria);
		model.addAttribute("searchForm", criteria);
		model.addAttribute("showInvite", true);
		model.addAttribute("selectable", form.getSelection() == null ? List.of()
				: form.getSelection().stream().filter(p -> p != null && p.length() <= 20).limit(100).toList());
		return view(municipality, actor, form, model);
	}

	@GetMapping("/{slug}/staff/contacts/invitations/{id}")
	String invitation(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id, Model model) {
		model.addAttribute("invitation", invitations.invitation(actor, municipality.id(), id));
		model.addAttribute("districts", settings.districts(municipality.id()));
		return "contacts/invitation";
	}

	@GetMapping("/{slug}/staff/contacts/guide")
	String guide(@ModelAttribute("municipality") Municipality municipality,
			@AuthenticationPrincipal StaffPrincipal actor, Model model) {
		model.addAttribute("guide", settings.guideFor(actor, municipality.id()));
		return "contacts/guide";
	}

	/**
	 * A choice in the invitation form (a quota's facet, an event or challenge to link
	 * to): the value and how it reads.
	 */
	record QuotaChoice(String value, String label) {
	}

	private List<QuotaChoice> quotaChoices(List<District> districts, Locale locale) {
		List<QuotaChoice> choices = new ArrayList<>();
		for (String band : BackgroundField.AGE_BAND.answers()) {
			choices.add(new QuotaChoice("AGE_BAND:" + band, messages.getMessage("contacts.invite.quota.ageBand",
					new Object[] { messages.getMessage("contacts.ageBand." + band, null, locale) }, locale)));
		}
		for (District district : districts) {
			choices.add(new QuotaChoice("AREA:" + district.id(),
					messages.getMessage("contacts.invite.quota.area", new Object[] { district.name() }, locale)));
		}
		return choices;
	}

	private String view(Municipality municipality, StaffPrincipal actor, InvitationForm invite, Model model) {
		List<Long> unitIds = staff.unitIdsOf(municipality.id(), actor.id());
		List<Unit> units = organisation.units(municipality.id())
			.stream()
			.filter(unit -> unitIds.contains(unit.id()))
			.toList();
		if (invite.getUnitId() == null && !units.isEmpty()) {
			invite.setUnitId(units.get(0).id());
		}
		List<District> districts = settings.districts(municipality.id());
		if (!model.containsAttribute("selectable")) {
			model.addAttribute("selectable", List.of());
		}
		model.addAttribute("inviteForm", invite);
		model.addAttribute("categories", organisation.categories(municipality.id()));
		model.addAttribute("districts", districts);
		model.addAttribute("asked", settings.backgroundFields(municipality.id()).stream().map(Enum::name).toList());
		model.addAttribute("ways", WayOfTakingPart.values());
		model.addAttribute("languages", ContactLanguage.ALL);
		model.addAttribute("ageBands", BackgroundField.AGE_BAND.answers());
		model.addAttribute("occupations", BackgroundField.OCCUPATION.answers());
		model.addAttribute("yesNo", BackgroundField.SCHOOL_PARENT.answers());
		model.addAttribute("units", units);
		model.addAttribute("quotaChoices", quotaChoices(districts, LocaleContextHolder.getLocale()));
		model.addAttribute("targets",
				invitations.targets(actor, municipality)
					.stream()
					.map(target -> new QuotaChoice(target.value(),
							messages.getMessage("contacts.invite.target." + target.kind().name(),
									new Object[] { target.title() }, LocaleContextHolder.getLocale())))
					.toList());
		model.addAttribute("invitations", invitations.invitationsOf(actor, municipality.id()));
		return "contacts/search";
	}

	/**
	 * Filters with a fixed set of values take nothing else (and nothing long into the
	 * audit log).
	 */
	static void checkCriteria(SearchForm form, BindingResult result) {
		if (form.getLanguage() != null && !form.getLanguage().isBlank()
				&& !ContactLanguage.ALL.contains(form.getLanguage())) {
			result.rejectValue("language", "validation.chooseOne");
		}
		if (form.getAgeBand() != null && !form.getAgeBand().isBlank()
				&& !BackgroundField.AGE_BAND.answers().contains(form.getAgeBand())) {
			result.rejectValue("ageBand", "validation.chooseOne");
		}
		if (form.getOccupation() != null && !form.getOccupation().isBlank()
				&& !BackgroundField.OCCUPATION.answers().contains(form.getOccupation())) {
			result.rejectValue("occupation", "validation.chooseOne");
		}
		if (form.getSchoolParent() != null && !form.getSchoolParent().isBlank()
				&& !BackgroundField.SCHOOL_PARENT.answers().contains(form.getSchoolParent())) {
			result.rejectValue("schoolParent", "validation.chooseOne");
		}
	}

	private static void copyCriteria(SearchForm from, SearchForm to) {
		to.setTopicId(from.getTopicId());
		to.setDistrictId(from.getDistrictId());
		to.setWay(from.getWay());
		to.setLanguage(from.getLanguage());
		to.setAgeBand(from.getAgeBand());
		to.setResidenceDistrictId(from.getResidenceDistrictId());
		to.setOccupation(from.getOccupation());
		to.setSchoolParent(from.getSchoolParent());
	}

}
