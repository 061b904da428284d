package se.medskapa.cases.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.StaffCaseDetail;

/**
 * A new status, with a message to the resident (required when declining or answering: the
 * case says so) and an internal note.
 */
public class StatusForm implements ActionForm {

	@NotNull(message = "{validation.chooseOne}")
	private CaseStatus status;

	@Size(max = 10000, message = "{validation.tooLong}")
	private String publicMessage;

	@Size(max = 10000, message = "{validation.tooLong}")
	private String internalNote;

	/**
	 * The form as the page offers it: at the case's current status (the first choice, see
	 * {@code status.html}), so that a hurried message never moves the case (UX finding
	 * 5).
	 */
	static StatusForm at(StaffCaseDetail detail) {
		StatusForm form = new StatusForm();
		form.status = detail.status();
		return form;
	}

	@Override
	public String fieldRefusedBy(String messageKey) {
		return switch (messageKey) {
			case "case.error.invalidTransition", "case.error.statusUnchanged" -> "status";
			case "case.error.declineReasonRequired", "case.error.messageRequired" -> "publicMessage";
			default -> null;
		};
	}

	public CaseStatus getStatus() {
		return status;
	}

	public void setStatus(CaseStatus status) {
		this.status = status;
	}

	public String getPublicMessage() {
		return publicMessage;
	}

	public void setPublicMessage(String publicMessage) {
		this.publicMessage = publicMessage;
	}

	public String getInternalNote() {
		return internalNote;
	}

	public void setInternalNote(String internalNote) {
		this.internalNote = internalNote;
	}

}
