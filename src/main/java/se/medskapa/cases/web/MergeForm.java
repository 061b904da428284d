package se.medskapa.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A duplicate joins another open case, by its reference; the message is optional. */
public class MergeForm implements ActionForm {

	@NotBlank(message = "{case.error.mergeTarget}")
	private String targetReference;

	@Size(max = 10000, message = "{validation.tooLong}")
	private String publicMessage;

	@Override
	public String fieldRefusedBy(String messageKey) {
		return switch (messageKey) {
			case "case.error.mergeTarget", "case.error.mergeTargetClosed" -> "targetReference";
			default -> null;
		};
	}

	public String getTargetReference() {
		return targetReference;
	}

	public void setTargetReference(String targetReference) {
		this.targetReference = targetReference;
	}

	public String getPublicMessage() {
		return publicMessage;
	}

	public void setPublicMessage(String publicMessage) {
		this.publicMessage = publicMessage;
	}

}
