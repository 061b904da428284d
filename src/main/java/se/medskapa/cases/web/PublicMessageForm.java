package se.medskapa.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A message to the resident: the coach's direct answer, or the unit's message; both count
 * as the answer.
 */
public class PublicMessageForm implements ActionForm {

	@NotBlank(message = "{case.error.messageRequired}")
	@Size(max = 10000, message = "{validation.tooLong}")
	private String publicMessage;

	public String getPublicMessage() {
		return publicMessage;
	}

	public void setPublicMessage(String publicMessage) {
		this.publicMessage = publicMessage;
	}

}
