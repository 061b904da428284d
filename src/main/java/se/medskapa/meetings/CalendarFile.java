package se.medskapa.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes iCalendar (RFC 5545): one event for a mail's attachment, many for a feed. Times
 * are in UTC, text is escaped and lines are folded at 75 octets, with CRLF line ends. A
 * change of time or place keeps the UID and raises SEQUENCE, so calendars update the
 * entry they have.
 */
final class CalendarFile {

	static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private CalendarFile() {
	}

	/** A calendar's events with the address of each event's page. */
	record Entry(MeetingEvent event, String url, boolean cancelled) {
	}

	static byte[] write(String calendarName, List<Entry> entries, Instant stamp) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Medskapa//Meetings//SV");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(calendarName));
		for (Entry entry : entries) {
			MeetingEvent event = entry.event();
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + event.uid());
			line(out, "DTSTAMP:" + UTC.format(stamp));
			line(out, "DTSTART:" + UTC.format(event.startsAt()));
			line(out, "DTEND:" + UTC.format(event.endsAt()));
			line(out, "SEQUENCE:" + event.sequence());
			line(out, "SUMMARY:" + text(event.title()));
			line(out, "DESCRIPTION:" + text(event.description() + "\n\n" + entry.url()));
			String location = event.place() != null ? event.place() : event.onlineLink();
			line(out, "LOCATION:" + text(location));
			line(out, "URL:" + entry.url());
			line(out, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** TEXT value escaping (RFC 5545 3.3.11). */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\n")
			.replace("\r", "\n")
			.replace("\n", "\\n");
	}

	/**
	 * One content line, folded so that no line is longer than 75 octets, never inside a
	 * UTF-8 character (RFC 5545 3.1).
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
				limit = 75;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
