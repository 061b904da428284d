package se.medskapa.meetings.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.medskapa.meetings.WorkshopRequest;

import static se.medskapa.shared.Text.blankToNull;

/** The form "Book a workshop at our workplace". */
public class WorkshopRequestForm {

	static final String[] FIELDS = { "organisation", "place", "participants", "when", "topic", "name", "email", "phone",
			"website" };

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	private String organisation;

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	private String place;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{meetings.validation.participants}")
	@Max(value = 200, message = "{meetings.validation.participants}")
	private Integer participants;

	@Size(max = 500, message = "{validation.tooLong}")
	private String when;

	@NotBlank(message = "{validation.required}")
	@Size(max = 5000, message = "{validation.tooLong}")
	private String topic;

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	private String name;

	@NotBlank(message = "{validation.required}")
	@Email(message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	@Size(max = 40, message = "{validation.tooLong}")
	private String phone;

	/** The honeypot: a person leaves it empty. */
	private String website;

	/** A filled-in honeypot: the form was sent by a robot. */
	boolean robot() {
		return website != null && !website.isEmpty();
	}

	WorkshopRequest request(String language) {
		return new WorkshopRequest(organisation.strip(), place.strip(), participants, blankToNull(when), topic.strip(),
				name.strip(), email.strip(), blankToNull(phone), "en".equals(language) ? "en" : "sv");
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public Integer getParticipants() {
		return participants;
	}

	public void setParticipants(Integer participants) {
		this.participants = participants;
	}

	public String getWhen() {
		return when;
	}

	public void setWhen(String when) {
		this.when = when;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
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

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
