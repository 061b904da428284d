package se.medskapa.cases;

import java.util.Locale;

/** The orders of the staff case table; each is a keyset order ending in the case id. */
public enum StaffCaseSort {

	/** Nearest answer deadline first. */
	DEADLINE,
	/** Oldest first. */
	OLDEST,
	/** Newest first. */
	NEWEST;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static StaffCaseSort of(String key, StaffCaseSort fallback) {
		for (StaffCaseSort sort : values()) {
			if (sort.key().equals(key)) {
				return sort;
			}
		}
		return fallback;
	}

}
