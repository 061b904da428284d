package se.medskapa.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Not ours": back to the coach queue, with the reason. */
public class ReturnForm implements ActionForm {

	@NotBlank(message = "{case.error.reasonRequired}")
	@Size(max = 10000, message = "{validation.tooLong}")
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
