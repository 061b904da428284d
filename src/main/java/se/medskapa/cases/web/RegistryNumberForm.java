package se.medskapa.cases.web;

import jakarta.validation.constraints.Size;

import se.medskapa.cases.StaffCaseDetail;

/** The number in the municipality's records system; empty removes it. */
public class RegistryNumberForm implements ActionForm {

	@Size(max = 60, message = "{validation.tooLong}")
	private String registryNumber;

	/** The form as the page offers it: the number the case has. */
	static RegistryNumberForm of(StaffCaseDetail detail) {
		RegistryNumberForm form = new RegistryNumberForm();
		form.registryNumber = detail.registryNumber();
		return form;
	}

	public String getRegistryNumber() {
		return registryNumber;
	}

	public void setRegistryNumber(String registryNumber) {
		this.registryNumber = registryNumber;
	}

}
