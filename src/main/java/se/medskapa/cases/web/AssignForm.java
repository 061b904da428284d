package se.medskapa.cases.web;

import jakarta.validation.constraints.NotNull;

/** The unit lead names a member of the unit as the case's contact. */
public class AssignForm implements ActionForm {

	@NotNull(message = "{validation.chooseOne}")
	private Long handlerId;

	@Override
	public String fieldRefusedBy(String messageKey) {
		return "case.error.notUnitMember".equals(messageKey) ? "handlerId" : null;
	}

	public Long getHandlerId() {
		return handlerId;
	}

	public void setHandlerId(Long handlerId) {
		this.handlerId = handlerId;
	}

}
