package se.medskapa.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.stereotype.Component;

/**
 * Swedish working days: Monday to Friday except the holidays Jollyday knows for Sweden
 * (including midsommarafton, julafton and nyårsafton, which are days off in practice).
 * Deadlines are counted in these.
 */
@Component
public class WorkingDays {

	public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final HolidayManager holidays = HolidayManager
		.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));

	public boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays.isHoliday(date);
	}

	/**
	 * The date that is {@code days} working days after {@code start} (the start day
	 * itself does not count).
	 */
	public LocalDate addWorkingDays(LocalDate start, int days) {
		LocalDate date = start;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	/**
	 * Working days after {@code from} up to and including {@code to}; 0 when {@code to}
	 * is not after {@code from}.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				days++;
			}
		}
		return days;
	}

}
