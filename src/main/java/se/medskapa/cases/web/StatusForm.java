package se.medskapa.cases.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.medskapa.cases.CaseStatus;

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

	@Override
	public String fieldRefusedBy(String messageKey) {
		return switch (messageKey) {
			case "case.error.invalidTransition" -> "status";
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
