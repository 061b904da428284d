package se.medskapa.meetings.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.medskapa.meetings.Registrant;

import static se.medskapa.shared.Text.blankToNull;

/** The registration form of an event page (and the API's request body). */
public class RegistrationForm {

	static final String[] FIELDS = { "name", "email", "needs", "places", "nameListed" };

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	private String name;

	@NotBlank(message = "{validation.required}")
	@Email(message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String needs;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{meetings.validation.places}")
	@Max(value = 50, message = "{meetings.validation.places}")
	private Integer places = 1;

	private boolean nameListed;

	Registrant registrant(String language) {
		return new Registrant(name.strip(), email.strip(), blankToNull(needs), places, nameListed,
				"en".equals(language) ? "en" : "sv");
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

	public String getNeeds() {
		return needs;
	}

	public void setNeeds(String needs) {
		this.needs = needs;
	}

	public Integer getPlaces() {
		return places;
	}

	public void setPlaces(Integer places) {
		this.places = places;
	}

	public boolean isNameListed() {
		return nameListed;
	}

	public void setNameListed(boolean nameListed) {
		this.nameListed = nameListed;
	}

}
