package se.medskapa.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines count Swedish working days: no weekends, no holidays, no Easter written by
 * hand.
 */
class WorkingDaysTests {

	private final WorkingDays workingDays = new WorkingDays();

	@Test
	void shouldSkipWeekends() {
		// Friday 20 November 2026 + 2 working days = Tuesday 24 November.
		assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 11, 20), 2)).isEqualTo(LocalDate.of(2026, 11, 24));
	}

	@Test
	void shouldSkipEasterAndMidsummer() {
		// Thursday 2 April 2026: Good Friday 3 April and Easter Monday 6 April are
		// holidays.
		assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
		// Thursday 18 June 2026: Midsummer Eve is Friday 19 June.
		assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 6, 18), 1)).isEqualTo(LocalDate.of(2026, 6, 22));
	}

	@Test
	void shouldSkipChristmasAndNewYear() {
		// Wednesday 23 December 2026: 24, 25 (holidays), 26-27 (weekend), 28 is a working
		// day.
		assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
		assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 1, 6))).isFalse();
	}

	@Test
	void shouldCountWorkingDaysBetweenDates() {
		assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27))).isEqualTo(5);
		assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 20))).isZero();
	}

}
