package se.medskapa.contacts;

/** What a staff member may do with a municipality's contact bank. */
public enum ContactAction {

	/** Search the bank: counts and pseudonyms. */
	SEARCH,
	/** Invite a selection or a sample, and follow one's unit's invitations. */
	INVITE,
	/** Read the guide "Kom igång med medskapande". */
	READ_GUIDE,
	/** Edit districts, consent text, background questions and the guide. */
	ADMINISTER,
	/** Read the audit log. */
	READ_AUDIT

}
