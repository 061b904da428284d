package se.medskapa.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The summary of an event, published on its page when {@code published}. */
public class SummaryForm {

	static final String[] FIELDS = { "body", "published" };

	@NotBlank(message = "{validation.required}")
	@Size(max = 20000, message = "{validation.tooLong}")
	private String body;

	private boolean published;

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

}
