package se.medskapa.cases.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.HandlingStatistics;
import se.medskapa.cases.InvalidCursorException;
import se.medskapa.cases.PublicCasePage;
import se.medskapa.cases.PublicCaseQuery;
import se.medskapa.cases.PublicCaseSort;
import se.medskapa.cases.PublicCases;
import se.medskapa.cases.ResidentCases;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.participation.Participant;
import se.medskapa.participation.ParticipationViews;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.NotFoundException;

/**
 * Open feedback as pages, no login needed: the list of published cases with filters and
 * search, one published case with its public timeline, the showcase "Genomfört tack vare
 * er", and handling figures per unit. Every page works without JavaScript; filters are a
 * plain GET form.
 */
@Controller
class PublicCasesController {

	private final Organisation organisation;

	private final PublicCases cases;

	private final HandlingStatistics statistics;

	private final ResidentCases residentCases;

	private final ParticipationViews participationViews;

	private final Clock clock;

	PublicCasesController(Organisation organisation, PublicCases cases, HandlingStatistics statistics,
			ResidentCases residentCases, ParticipationViews participationViews, Clock clock) {
		this.clock = clock;
		this.residentCases = residentCases;
		this.participationViews = participationViews;
		this.organisation = organisation;
		this.cases = cases;
		this.statistics = statistics;
	}

	@GetMapping("/{slug}/cases")
	String list(@ModelAttribute("municipality") Municipality municipality, ListFilter filter,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size, Model model) {
		PublicCaseQuery query = filter.toQuery();
		int pageSize = pageSize(size);
		PublicCasePage page;
		try {
			page = cases.list(municipality.id(), query, cursor, pageSize);
		}
		catch (InvalidCursorException ex) {
			// Only a hand-edited address gets here: show the first page rather than an
			// error.
			cursor = null;
			page = cases.list(municipality.id(), query, null, pageSize);
		}
		String path = "/" + municipality.slug() + "/cases";
		model.addAttribute("filter", filter);
		model.addAttribute("page", page);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("sorts", PublicCaseSort.values());
		model.addAttribute("categories", organisation.categories(municipality.id()));
		model.addAttribute("nextPageUrl", page.nextCursor() == null ? null : filter.url(path, page.nextCursor(), size));
		model.addAttribute("firstPageUrl", cursor == null ? null : filter.url(path, null, size));
		return "cases/public-list";
	}

	@GetMapping("/{slug}/cases/{reference}")
	String show(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal ResidentPrincipal resident, Authentication authentication,
			@RequestParam(required = false) Long after, Model model) {
		Optional<PublicCases.Found> shown = cases.findWithId(municipality.id(), reference);
		if (shown.isEmpty() && cases.hiddenPendingReview(municipality.id(), reference)) {
			return "cases/public-case-hidden";
		}
		PublicCases.Found found = shown.orElseThrow(() -> new NotFoundException("case"));
		model.addAttribute("publicCase", found.publicCase());
		// Support and comments: the participation module's section, in its fragment.
		model.addAttribute("participation",
				participationViews.section(municipality.id(), municipality.slug(), ItemKind.CASE, found.id(),
						Participant.of(authentication), "/" + municipality.slug() + "/cases/" + reference, after));
		// Signed-in residents can follow the case; everyone else is offered to sign in
		// for it.
		model.addAttribute("following",
				resident != null && residentCases.isFollowing(municipality.id(), reference, resident.id()));
		model.addAttribute("signedInResident", resident != null);
		return "cases/public-case";
	}

	@GetMapping("/{slug}/implemented")
	String showcase(@ModelAttribute("municipality") Municipality municipality,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size, Model model) {
		int pageSize = pageSize(size);
		PublicCasePage page;
		try {
			page = cases.showcase(municipality.id(), cursor, pageSize);
		}
		catch (InvalidCursorException ex) {
			cursor = null;
			page = cases.showcase(municipality.id(), null, pageSize);
		}
		String path = "/" + municipality.slug() + "/implemented";
		ListFilter none = new ListFilter();
		model.addAttribute("page", page);
		model.addAttribute("nextPageUrl", page.nextCursor() == null ? null : none.url(path, page.nextCursor(), size));
		model.addAttribute("firstPageUrl", cursor == null ? null : none.url(path, null, size));
		return "cases/showcase";
	}

	@GetMapping("/{slug}/statistics")
	String statistics(@ModelAttribute("municipality") Municipality municipality, Model model) {
		HandlingStatistics.Snapshot snapshot = statistics.snapshot(municipality.id());
		model.addAttribute("report", snapshot.report());
		model.addAttribute("minutesOld", snapshot.minutesOld(clock.instant()));
		return "cases/statistics";
	}

	private static int pageSize(Integer size) {
		return size == null ? PublicCases.DEFAULT_PAGE_SIZE : Math.max(1, Math.min(PublicCases.MAX_PAGE_SIZE, size));
	}

	/**
	 * The filter form as typed. Values are kept as text so that an unknown value in a
	 * hand-edited address is simply ignored instead of failing the page.
	 */
	static class ListFilter {

		private String q;

		private String status;

		private String kind;

		private String category;

		private String sort;

		PublicCaseQuery toQuery() {
			return new PublicCaseQuery(parse(CaseStatus.class, status), parse(CaseKind.class, kind), categoryId(), q,
					parse(PublicCaseSort.class, sort));
		}

		/**
		 * The address of this list with the same filters, at the given cursor (first page
		 * without one).
		 */
		String url(String path, String cursor, Integer size) {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
			add(url, "q", q == null ? null : q.strip());
			add(url, "status", nameOrNull(parse(CaseStatus.class, status)));
			add(url, "kind", nameOrNull(parse(CaseKind.class, kind)));
			add(url, "category", categoryId() == null ? null : categoryId().toString());
			add(url, "sort", nameOrNull(parse(PublicCaseSort.class, sort)));
			add(url, "size", size == null ? null : size.toString());
			add(url, "cursor", cursor);
			return url.encode().build().toUriString();
		}

		private Long categoryId() {
			try {
				return category == null || category.isBlank() ? null : Long.valueOf(category.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		private static void add(UriComponentsBuilder url, String name, String value) {
			if (value != null && !value.isBlank()) {
				url.queryParam(name, value);
			}
		}

		private static String nameOrNull(Enum<?> value) {
			return value == null ? null : value.name();
		}

		private static <E extends Enum<E>> E parse(Class<E> type, String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			List<E> matching = Arrays.stream(type.getEnumConstants())
				.filter(e -> e.name().equals(value.strip()))
				.toList();
			return matching.isEmpty() ? null : matching.get(0);
		}

		public String getQ() {
			return q;
		}

		public void setQ(String q) {
			this.q = q;
		}

		public String getStatus() {
			return status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getCategory() {
			return category;
		}

		public void setCategory(String category) {
			this.category = category;
		}

		public String getSort() {
			return sort;
		}

		public void setSort(String sort) {
			this.sort = sort;
		}

	}

}
