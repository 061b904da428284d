package se.medskapa.cases.web;

/**
 * A form of one action on the staff case page. When the case refuses the action, the
 * refusal's message key says which field it is about, so the page shows it there; a
 * refusal of the whole action stands at the top of the form.
 */
interface ActionForm {

	/** The property the refusal is about, or null when it concerns the whole action. */
	default String fieldRefusedBy(String messageKey) {
		return null;
	}

}
