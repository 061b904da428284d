package se.medskapa.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The organiser's message to everyone registered. */
public class MessageForm {

	static final String[] FIELDS = { "subject", "text" };

	@NotBlank(message = "{validation.required}")
	@Size(max = 150, message = "{validation.tooLong}")
	private String subject;

	@NotBlank(message = "{validation.required}")
	@Size(max = 5000, message = "{validation.tooLong}")
	private String text;

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
