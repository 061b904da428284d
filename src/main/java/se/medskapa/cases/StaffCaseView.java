package se.medskapa.cases;

import java.util.Locale;

/**
 * The saved views of the staff case table. "New", "replies" and the counts of the staff
 * start page are about what the reader is responsible for: the coach queue for a coach,
 * the cases of their units nobody has taken yet for a unit's staff; "overdue" and "all"
 * cover everything the reader may see.
 */
public enum StaffCaseView {

	/**
	 * Coach: the coach queue; unit staff: open cases of their units without a contact.
	 */
	NEW,
	/** In the coach queue after a unit sent it back. */
	RETURNED,
	/** A resident reply the responsible person has not seen yet (ADR 0022). */
	REPLIES,
	/** Open and past a deadline. */
	OVERDUE,
	/** Open, with the reader as contact. */
	MINE,
	/** Open, at one of the reader's units. */
	UNIT,
	/** Everything the reader may see, closed cases too. */
	ALL;

	/** The view's name in addresses and message keys. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The view named in an address, or the fallback. */
	public static StaffCaseView of(String key, StaffCaseView fallback) {
		for (StaffCaseView view : values()) {
			if (view.key().equals(key)) {
				return view;
			}
		}
		return fallback;
	}

}
