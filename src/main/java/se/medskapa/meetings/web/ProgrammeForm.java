package se.medskapa.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new-programme form of the staff programmes page. */
public class ProgrammeForm {

	static final String[] FIELDS = { "title", "description" };

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String title;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String description;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
