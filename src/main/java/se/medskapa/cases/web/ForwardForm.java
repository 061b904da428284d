package se.medskapa.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** To another authority, telling the resident whom to contact. */
public class ForwardForm implements ActionForm {

	@NotBlank(message = "{case.error.authorityRequired}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String authority;

	@NotBlank(message = "{case.error.messageRequired}")
	@Size(max = 10000, message = "{validation.tooLong}")
	private String publicMessage;

	public String getAuthority() {
		return authority;
	}

	public void setAuthority(String authority) {
		this.authority = authority;
	}

	public String getPublicMessage() {
		return publicMessage;
	}

	public void setPublicMessage(String publicMessage) {
		this.publicMessage = publicMessage;
	}

}
