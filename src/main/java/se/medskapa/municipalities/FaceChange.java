package se.medskapa.municipalities;

import java.util.ArrayList;
import java.util.List;

import se.medskapa.municipalities.FacePicture.Kind;
import se.medskapa.municipalities.InvalidFaceException.Problem;

/**
 * One save of the admin's face form: the texts, a new logo and start image (null when
 * none was chosen), and whether to remove the present ones.
 */
public record FaceChange(FaceTexts texts, byte[] logo, boolean removeLogo, byte[] startImage,
		boolean removeStartImage) {

	/** Every reason to refuse this change, in the order of the form. */
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>(texts.problems());
		picture(problems, Kind.LOGO, "logoFile", logo);
		picture(problems, Kind.START_IMAGE, "startImageFile", startImage);
		return problems;
	}

	private static void picture(List<Problem> problems, Kind kind, String field, byte[] content) {
		if (content == null) {
			return;
		}
		if (content.length > kind.maxBytes()) {
			problems.add(new Problem(field, "face.error.pictureSize", kind.maxBytes() / 1024));
		}
		else if (FacePicture.contentTypeOf(content) == null) {
			problems.add(new Problem(field, "face.error.pictureType"));
		}
	}

}
