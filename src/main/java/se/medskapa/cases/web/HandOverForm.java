package se.medskapa.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** To another unit, with an internal note saying why. */
public class HandOverForm implements ActionForm {

	@NotNull(message = "{case.error.unitRequired}")
	private Long toUnitId;

	@NotBlank(message = "{case.error.noteRequired}")
	@Size(max = 10000, message = "{validation.tooLong}")
	private String note;

	@Override
	public String fieldRefusedBy(String messageKey) {
		return switch (messageKey) {
			case "case.error.sameUnit" -> "toUnitId";
			case "case.error.noteRequired" -> "note";
			default -> null;
		};
	}

	public Long getToUnitId() {
		return toUnitId;
	}

	public void setToUnitId(Long toUnitId) {
		this.toUnitId = toUnitId;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
