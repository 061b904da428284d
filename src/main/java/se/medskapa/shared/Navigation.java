package se.medskapa.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.medskapa.shared.NavigationEntry.Audience;
import se.medskapa.shared.NavigationEntry.NavigationLink;

/**
 * The links of the start pages, gathered from every module's {@link NavigationEntry}
 * beans, so that a start page needs to know neither the other modules' addresses nor
 * their roles.
 */
@Component
public class Navigation {

	private final List<NavigationEntry> entries;

	Navigation(List<NavigationEntry> entries) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
	}

	/**
	 * The staff start page of someone with these role names, in this municipality
	 * ({@code null} for the platform's own staff).
	 */
	public List<NavigationLink> staffHome(String slug, Set<String> roleNames) {
		return entries.stream()
			.filter(entry -> entry.audience() == Audience.OPERATOR
					|| (entry.audience() == Audience.STAFF && slug != null))
			.filter(entry -> entry.shownTo().test(roleNames))
			.map(entry -> entry.linkFor(slug))
			.toList();
	}

	/** The admin overview of a municipality. */
	public List<NavigationLink> adminOverview(String slug) {
		return entries.stream()
			.filter(entry -> entry.audience() == Audience.ADMIN)
			.map(entry -> entry.linkFor(slug))
			.toList();
	}

	/** The section navigation of a municipality's public pages. */
	public List<NavigationLink> publicSections(String slug) {
		return entries.stream()
			.filter(entry -> entry.audience() == Audience.PUBLIC)
			.map(entry -> entry.linkFor(slug))
			.toList();
	}

}
