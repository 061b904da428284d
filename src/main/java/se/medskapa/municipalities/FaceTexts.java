package se.medskapa.municipalities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.medskapa.municipalities.InvalidFaceException.Problem;

/**
 * What the admin writes of the municipality's face; every value optional.
 * {@link #problems()} lists what would be refused, so that a form can show every problem
 * at once.
 */
public record FaceTexts(String accentColour, String startText, String siteUrl, String privacyNotice,
		String accessibilityContactName, String accessibilityContactEmail, String accessibilityContactPhone,
		String startImageAlt) {

	public static final int MAX_START_TEXT = 2000;

	public static final int MAX_PRIVACY_NOTICE = 20000;

	public static final int MAX_LINE = 200;

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	public FaceTexts {
		accentColour = blankToNull(accentColour);
		startText = blankToNull(startText);
		siteUrl = blankToNull(siteUrl);
		privacyNotice = blankToNull(privacyNotice);
		accessibilityContactName = blankToNull(accessibilityContactName);
		accessibilityContactEmail = blankToNull(accessibilityContactEmail);
		accessibilityContactPhone = blankToNull(accessibilityContactPhone);
		startImageAlt = blankToNull(startImageAlt);
	}

	/** The colour as it is stored: lower case, or {@code null}. */
	public String normalisedColour() {
		return AccentColour.normalise(accentColour);
	}

	/** Every reason to refuse these texts, in the order of the form; empty when fine. */
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (accentColour != null) {
			String colour = normalisedColour();
			if (colour == null) {
				problems.add(new Problem("accentColour", "face.error.colourFormat"));
			}
			else if (!AccentColour.readableWithWhite(colour)) {
				problems.add(new Problem("accentColour", "face.error.colourContrast",
						Math.floor(AccentColour.contrastWithWhite(colour) * 100) / 100, AccentColour.MINIMUM_CONTRAST));
			}
		}
		tooLong(problems, "startText", startText, MAX_START_TEXT);
		if (siteUrl != null && (siteUrl.length() > MAX_LINE || !URL.matcher(siteUrl).matches())) {
			problems.add(new Problem("siteUrl", "face.error.siteUrl"));
		}
		tooLong(problems, "privacyNotice", privacyNotice, MAX_PRIVACY_NOTICE);
		tooLong(problems, "accessibilityContactName", accessibilityContactName, MAX_LINE);
		if (accessibilityContactEmail != null && (accessibilityContactEmail.length() > MAX_LINE
				|| !EMAIL.matcher(accessibilityContactEmail).matches())) {
			problems.add(new Problem("accessibilityContactEmail", "face.error.email"));
		}
		tooLong(problems, "accessibilityContactPhone", accessibilityContactPhone, MAX_LINE);
		tooLong(problems, "startImageAlt", startImageAlt, MAX_LINE);
		return problems;
	}

	private static void tooLong(List<Problem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new Problem(field, "face.error.tooLong", max));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
