package se.medskapa.accounts;

/**
 * What a municipality can require e-ID for (step-up); everything else keeps the e-mail
 * link.
 */
public enum EidPurpose {

	/** Joining the municipality's contact bank. */
	CONTACT_BANK("contact_bank"),

	/** Supporting an e-petition (e-förslag). */
	PETITION_SUPPORT("petition_support");

	private final String column;

	EidPurpose(String column) {
		this.column = column;
	}

	String column() {
		return column;
	}

}
