package se.medskapa.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people read them: in the municipalities' time zone
 * ({@code medskapa.time-zone}, Europe/Stockholm unless set), whatever the zone of the
 * server or the JVM. Every page ({@code #times} in the templates), mail and CSV export
 * formats an instant here; nothing formats with the JVM's default zone (Thymeleaf's
 * {@code #temporals} does, and is not used: {@code TimesTests} checks the templates).
 * Deadlines count Swedish working days and stay in {@link WorkingDays#SWEDEN}.
 */
@Component
public class Times {

	private final ZoneId zone;

	private final DateTimeFormatter date;

	private final DateTimeFormatter minutes;

	private final DateTimeFormatter seconds;

	private final DateTimeFormatter clock;

	private final DateTimeFormatter dayAndMonth;

	public Times(@Value("${medskapa.time-zone:Europe/Stockholm}") ZoneId zone) {
		this.zone = zone;
		this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
		this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
		this.seconds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
		this.clock = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
		this.dayAndMonth = DateTimeFormatter.ofPattern("d MMMM").withZone(zone);
	}

	public ZoneId zone() {
		return zone;
	}

	/** {@code 2026-12-02}; empty for {@code null}. */
	public String date(Instant instant) {
		return instant == null ? "" : date.format(instant);
	}

	/** {@code 2026-12-02 00:30}; empty for {@code null}. */
	public String dateTime(Instant instant) {
		return instant == null ? "" : minutes.format(instant);
	}

	/** {@code 2026-12-02 00:30:15}; empty for {@code null}. */
	public String dateTimeWithSeconds(Instant instant) {
		return instant == null ? "" : seconds.format(instant);
	}

	/** {@code 00:30}; empty for {@code null}. */
	public String time(Instant instant) {
		return instant == null ? "" : clock.format(instant);
	}

	/** {@code 2 december} in the reader's language; empty for {@code null}. */
	public String dayAndMonth(Instant instant, Locale locale) {
		return instant == null ? "" : dayAndMonth.withLocale(locale).format(instant);
	}

	/** A calendar date without a time ({@code 2026-12-02}); empty for {@code null}. */
	public String calendarDate(LocalDate day) {
		return day == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(day);
	}

	/** The day the instant falls on in this zone. */
	public LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, zone);
	}

	/** The first instant of the day in this zone. */
	public Instant startOf(LocalDate day) {
		return day.atStartOfDay(zone).toInstant();
	}

}
