package se.medskapa.cases.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.StaffCaseDetail;

/** The coach sends a case to a unit, perhaps publishing a reviewed version. */
public class RouteForm implements ActionForm {

	@NotNull(message = "{case.error.unitRequired}")
	private Long unitId;

	private Long categoryId;

	private boolean publish;

	@Size(max = 150, message = "{validation.tooLong}")
	private String publicTitle;

	@Size(max = 10000, message = "{validation.tooLong}")
	private String publicDescription;

	/**
	 * The form as the page offers it: the suggested unit, the case's category, and its
	 * own text to review before publishing, publishing chosen when the resident
	 * consented.
	 */
	static RouteForm suggesting(StaffCaseDetail detail, Long suggestedUnitId) {
		RouteForm form = new RouteForm();
		form.unitId = suggestedUnitId;
		form.categoryId = detail.categoryId();
		form.publicTitle = detail.title();
		form.publicDescription = detail.description();
		// The resident consented: publishing is the usual outcome, so it starts chosen.
		form.publish = detail.publishPermission() && !detail.internal();
		return form;
	}

	/** The version to publish with the routing, or null when not publishing. */
	PublicVersion publicVersion() {
		return publish ? new PublicVersion(publicTitle, publicDescription) : null;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public boolean isPublish() {
		return publish;
	}

	public void setPublish(boolean publish) {
		this.publish = publish;
	}

	public String getPublicTitle() {
		return publicTitle;
	}

	public void setPublicTitle(String publicTitle) {
		this.publicTitle = publicTitle;
	}

	public String getPublicDescription() {
		return publicDescription;
	}

	public void setPublicDescription(String publicDescription) {
		this.publicDescription = publicDescription;
	}

}
