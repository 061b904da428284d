package se.medskapa.contacts;

/**
 * What a resident needs to take part, from a fixed list: never searchable, shown only to
 * the inviting unit once the resident accepted, so that it can prepare.
 */
public enum AccessibilityNeed {

	STEP_FREE, HEARING_LOOP, SIGN_LANGUAGE, EASY_READ, LARGE_PRINT, REMOTE

}
