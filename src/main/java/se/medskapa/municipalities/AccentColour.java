package se.medskapa.municipalities;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An accent colour as {@code #rrggbb}, checked against WCAG 2.1 AA before it is saved:
 * the platform uses the accent as the header and button background with white text, and
 * as link and border colour on white, so it needs a contrast ratio of at least 4.5:1 with
 * white (the ratio is symmetric, one check covers both uses).
 */
public final class AccentColour {

	/** WCAG 2.1 success criterion 1.4.3, normal text. */
	public static final double MINIMUM_CONTRAST = 4.5;

	private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

	private AccentColour() {
	}

	/** The colour in lower case, or {@code null} when it is not {@code #rrggbb}. */
	public static String normalise(String value) {
		if (value == null) {
			return null;
		}
		String colour = value.strip().toLowerCase(Locale.ROOT);
		return HEX.matcher(colour).matches() ? colour : null;
	}

	/** The contrast ratio of a {@code #rrggbb} colour with white, 1–21. */
	public static double contrastWithWhite(String colour) {
		return (1.0 + 0.05) / (luminance(colour) + 0.05);
	}

	public static boolean readableWithWhite(String colour) {
		return contrastWithWhite(colour) >= MINIMUM_CONTRAST;
	}

	/** Relative luminance as WCAG 2.1 defines it. */
	static double luminance(String colour) {
		int rgb = Integer.parseInt(colour.substring(1), 16);
		return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff)
				+ 0.0722 * channel(rgb & 0xff);
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
