package se.medskapa.cases.web;

import jakarta.validation.constraints.Size;

import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.StaffCaseDetail;

/** The coach publishes a reviewed version of the case (unpublishing takes no input). */
public class PublishForm implements ActionForm {

	@Size(max = 150, message = "{validation.tooLong}")
	private String publicTitle;

	@Size(max = 10000, message = "{validation.tooLong}")
	private String publicDescription;

	/** The form as the page offers it: the case's own text, to review. */
	static PublishForm of(StaffCaseDetail detail) {
		PublishForm form = new PublishForm();
		form.publicTitle = detail.title();
		form.publicDescription = detail.description();
		return form;
	}

	PublicVersion publicVersion() {
		return new PublicVersion(publicTitle, publicDescription);
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
