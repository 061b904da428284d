package se.medskapa.challenges.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.medskapa.challenges.ChallengeDraft;

/** A challenge's texts as the unit writes them; criteria one per line. */
public class ChallengeForm {

	@NotNull(message = "{validation.chooseOne}")
	private Long unitId;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String title;

	@NotBlank(message = "{validation.required}")
	@Size(max = 8000, message = "{validation.tooLong}")
	private String problem;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String affected;

	@NotBlank(message = "{validation.required}")
	@Size(max = 4000, message = "{validation.tooLong}")
	private String criteria;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String offer;

	@NotNull(message = "{validation.date}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String contactName;

	@Email(message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String contactEmail;

	/** The form filled in from a stored challenge, for editing. */
	static ChallengeForm of(ChallengeDraft draft) {
		ChallengeForm form = new ChallengeForm();
		form.unitId = draft.unitId();
		form.title = draft.title();
		form.problem = draft.problem();
		form.affected = draft.affected();
		form.criteria = draft.criteria();
		form.offer = draft.offer();
		form.deadline = draft.deadline();
		form.contactName = draft.contactName();
		form.contactEmail = draft.contactEmail();
		return form;
	}

	ChallengeDraft toDraft() {
		return new ChallengeDraft(unitId, title, problem, affected, criteria, offer, deadline, contactName,
				contactEmail);
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getProblem() {
		return problem;
	}

	public void setProblem(String problem) {
		this.problem = problem;
	}

	public String getAffected() {
		return affected;
	}

	public void setAffected(String affected) {
		this.affected = affected;
	}

	public String getCriteria() {
		return criteria;
	}

	public void setCriteria(String criteria) {
		this.criteria = criteria;
	}

	public String getOffer() {
		return offer;
	}

	public void setOffer(String offer) {
		this.offer = offer;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

}
