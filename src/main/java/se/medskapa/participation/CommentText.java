package se.medskapa.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment as plain text with safe automatic links: only {@code http} and {@code https}
 * addresses become links; anything else (markup, {@code javascript:}, {@code data:}) is
 * text, which the template escapes.
 */
public final class CommentText {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);

	private static final String TRAILING = ".,;:!?)]}";

	private CommentText() {
	}

	/** The text as plain pieces and links, in order. */
	public static List<Segment> segments(String text) {
		List<Segment> segments = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return segments;
		}
		Matcher matcher = LINK.matcher(text);
		int from = 0;
		while (matcher.find()) {
			String link = matcher.group();
			int end = matcher.end();
			while (!link.isEmpty() && TRAILING.indexOf(link.charAt(link.length() - 1)) >= 0) {
				link = link.substring(0, link.length() - 1);
				end--;
			}
			if (link.length() <= "https://".length()) {
				continue;
			}
			if (matcher.start() > from) {
				segments.add(new Segment(text.substring(from, matcher.start()), null));
			}
			segments.add(new Segment(link, link));
			from = end;
		}
		if (from < text.length()) {
			segments.add(new Segment(text.substring(from), null));
		}
		return segments;
	}

	/** A piece of text; {@code href} is set for a link (always http or https). */
	public record Segment(String text, String href) {

		public boolean link() {
			return href != null;
		}

	}

}
