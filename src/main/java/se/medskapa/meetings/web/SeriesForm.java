package se.medskapa.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A series: the shared fields, and "every N weeks from the first date to the last, from
 * start to end time".
 */
public class SeriesForm extends EventFieldsForm {

	static final String[] SERIES_FIELDS = { "firstDate", "lastDate", "everyWeeks", "startTime", "endTime" };

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstDate;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lastDate;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{meetings.validation.everyWeeks}")
	@Max(value = 8, message = "{meetings.validation.everyWeeks}")
	private Integer everyWeeks = 2;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
	private LocalTime startTime;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
	private LocalTime endTime;

	public LocalDate getFirstDate() {
		return firstDate;
	}

	public void setFirstDate(LocalDate firstDate) {
		this.firstDate = firstDate;
	}

	public LocalDate getLastDate() {
		return lastDate;
	}

	public void setLastDate(LocalDate lastDate) {
		this.lastDate = lastDate;
	}

	public Integer getEveryWeeks() {
		return everyWeeks;
	}

	public void setEveryWeeks(Integer everyWeeks) {
		this.everyWeeks = everyWeeks;
	}

	public LocalTime getStartTime() {
		return startTime;
	}

	public void setStartTime(LocalTime startTime) {
		this.startTime = startTime;
	}

	public LocalTime getEndTime() {
		return endTime;
	}

	public void setEndTime(LocalTime endTime) {
		this.endTime = endTime;
	}

}
