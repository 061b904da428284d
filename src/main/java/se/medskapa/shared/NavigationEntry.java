package se.medskapa.shared;

import java.util.Set;
import java.util.function.Predicate;

/**
 * A link that a module contributes, as a bean, to a start page of another module: the
 * staff start page, the municipality admin overview or the public section navigation.
 * {@code href} may name the municipality as {@code {slug}}; {@code shownTo} is a test on
 * the staff member's role names (such as {@code "MUNICIPALITY_ADMIN"}), so that
 * {@code shared} needs no roles of its own. Links are shown in ascending {@code order}.
 */
public record NavigationEntry(Audience audience, int order, String messageKey, String href,
		Predicate<Set<String>> shownTo) {

	/** Where the link is shown. */
	public enum Audience {

		/** Staff start page, for staff of a municipality. */
		STAFF,

		/**
		 * Staff start page, for the platform's own staff, who belong to no municipality.
		 */
		OPERATOR,

		/** The municipality admin overview. */
		ADMIN,

		/**
		 * The section navigation of every public page of a municipality (cases,
		 * implemented, statistics, challenges, events).
		 */
		PUBLIC

	}

	public static NavigationEntry staff(int order, String messageKey, String href, Predicate<Set<String>> shownTo) {
		return new NavigationEntry(Audience.STAFF, order, messageKey, href, shownTo);
	}

	public static NavigationEntry operator(int order, String messageKey, String href, Predicate<Set<String>> shownTo) {
		return new NavigationEntry(Audience.OPERATOR, order, messageKey, href, shownTo);
	}

	public static NavigationEntry admin(int order, String messageKey, String href) {
		return new NavigationEntry(Audience.ADMIN, order, messageKey, href, anyRole());
	}

	/** A section of the municipality's public pages, shown to everyone. */
	public static NavigationEntry publicSection(int order, String messageKey, String href) {
		return new NavigationEntry(Audience.PUBLIC, order, messageKey, href, anyRole());
	}

	public static Predicate<Set<String>> anyRole() {
		return roles -> true;
	}

	public static Predicate<Set<String>> withRole(String role) {
		return roles -> roles.contains(role);
	}

	/** The link for one municipality (none for the platform's own staff). */
	public NavigationLink linkFor(String slug) {
		return new NavigationLink(messageKey, slug == null ? href : href.replace("{slug}", slug));
	}

	/** A link as the templates show it: {@code #{messageKey}} leading to {@code href}. */
	public record NavigationLink(String messageKey, String href) {
	}

}
