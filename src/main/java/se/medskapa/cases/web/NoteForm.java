package se.medskapa.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An internal note, never shown to the resident. */
public class NoteForm implements ActionForm {

	@NotBlank(message = "{case.error.noteRequired}")
	@Size(max = 10000, message = "{validation.tooLong}")
	private String note;

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
