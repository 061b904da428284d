package se.medskapa.contacts;

import java.util.List;

/**
 * The fixed, safe catalogue of optional background questions a municipality may ask.
 * There is no free-text field, and none asks for special categories of personal data
 * (GDPR art. 9): a municipality only switches these on or off.
 */
public enum BackgroundField {

	AGE_BAND, RESIDENCE_DISTRICT, OCCUPATION, SCHOOL_PARENT;

	/** The answers of a field with fixed answers (not the district, which is a list). */
	public List<String> answers() {
		return switch (this) {
			case AGE_BAND -> List.of("UNDER_30", "FROM_30_TO_44", "FROM_45_TO_64", "FROM_65");
			case OCCUPATION -> List.of("WORKING", "STUDYING", "RETIRED", "OTHER");
			case SCHOOL_PARENT -> List.of("true", "false");
			case RESIDENCE_DISTRICT -> List.of();
		};
	}

}
