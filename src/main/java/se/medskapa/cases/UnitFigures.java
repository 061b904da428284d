package se.medskapa.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * Handling figures of one unit (or of the whole municipality): cases in the period,
 * median working days to acknowledge and to answer ({@code null} when nothing was
 * acknowledged or answered), and how many of the answered-or-overdue cases were answered
 * in time.
 */
public record UnitFigures(String unitName, String departmentName, long cases, Double medianAcknowledgeDays,
		Double medianAnswerDays, long answeredInTime, long due) {

	/**
	 * The share answered within the deadline, 0–1, or {@code null} when no case was due
	 * yet.
	 */
	public Double shareInTime() {
		return due == 0 ? null : (double) answeredInTime / due;
	}

	/**
	 * All units of a municipality over one period, the municipality as a whole, and its
	 * deadlines in working days.
	 */
	public record Report(LocalDate from, LocalDate to, int acknowledgeDays, int answerDays, List<UnitFigures> units,
			UnitFigures total) {
	}
}
