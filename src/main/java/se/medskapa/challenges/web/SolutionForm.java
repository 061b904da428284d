package se.medskapa.challenges.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.medskapa.cases.intake.IntakeRequest;

/** A solution to a challenge, as the form and the API take it; it becomes a case. */
public class SolutionForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 150, message = "{validation.tooLong}")
	private String title;

	@NotBlank(message = "{validation.required}")
	@Size(max = 10000, message = "{validation.tooLong}")
	private String description;

	@Size(max = 120, message = "{validation.tooLong}")
	private String name;

	@Email(message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	private boolean publishPermission;

	/** The honeypot: a person leaves it empty. */
	private String website;

	/** A filled-in honeypot: the form was sent by a robot. */
	boolean robot() {
		return website != null && !website.isEmpty();
	}

	IntakeRequest toRequest(String language, Long residentId, Long staffId) {
		return new IntakeRequest(title, description, name, email, publishPermission, language, residentId, staffId,
				null, null);
	}

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

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isPublishPermission() {
		return publishPermission;
	}

	public void setPublishPermission(boolean publishPermission) {
		this.publishPermission = publishPermission;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
