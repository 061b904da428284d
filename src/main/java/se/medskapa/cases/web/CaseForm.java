package se.medskapa.cases.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.multipart.MultipartFile;

import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;

/** The intake form, shared by the page and the JSON API. */
public class CaseForm {

	@NotNull(message = "{intake.validation.kind}")
	private CaseKind kind;

	@NotBlank(message = "{intake.validation.title}")
	@Size(max = 150, message = "{intake.validation.titleLength}")
	private String title;

	@NotBlank(message = "{intake.validation.description}")
	@Size(max = 10000, message = "{intake.validation.descriptionLength}")
	private String description;

	private Long categoryId;

	@Size(max = 200, message = "{intake.validation.placeLength}")
	private String place;

	@Size(max = 120, message = "{intake.validation.nameLength}")
	private String name;

	@Email(message = "{validation.email}")
	@Size(max = 254, message = "{intake.validation.emailLength}")
	private String email;

	private boolean publishPermission;

	/**
	 * Optional map point (WGS 84) within Sweden; both or neither, checked by the
	 * controller.
	 */
	@DecimalMin(value = "55.0", message = "{validation.latitude}")
	@DecimalMax(value = "69.1", message = "{validation.latitude}")
	private Double latitude;

	@DecimalMin(value = "10.9", message = "{validation.longitude}")
	@DecimalMax(value = "24.2", message = "{validation.longitude}")
	private Double longitude;

	boolean halfAMapPoint() {
		return (latitude == null) != (longitude == null);
	}

	/** Files from the page form; the JSON API takes no files. */
	private List<MultipartFile> attachments = new ArrayList<>();

	/** Honeypot: hidden from people, filled in by bots. */
	private String website;

	@AssertTrue(message = "{validation.required}")
	boolean isHumanSubmission() {
		return website == null || website.isBlank();
	}

	CaseSubmission toSubmission(String language, Long residentId) {
		return new CaseSubmission(kind, title, description, categoryId, place, name, email, publishPermission, language,
				residentId, null, false, latitude, longitude);
	}

	public CaseKind getKind() {
		return kind;
	}

	public void setKind(CaseKind kind) {
		this.kind = kind;
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

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
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

	public Double getLatitude() {
		return latitude;
	}

	public void setLatitude(Double latitude) {
		this.latitude = latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public void setLongitude(Double longitude) {
		this.longitude = longitude;
	}

	@JsonIgnore
	@Schema(hidden = true)
	public List<MultipartFile> getAttachments() {
		return attachments;
	}

	@JsonIgnore
	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments == null ? new ArrayList<>() : attachments;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
