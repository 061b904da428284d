package se.medskapa.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.cases.PublicCaseFixtures.Case;
import se.medskapa.municipalities.Unit;
import se.medskapa.shared.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.medskapa.cases.PublicCaseFixtures.stockholm;

/** Per-unit figures of the last twelve months, on a fixture whose numbers are known. */
@Tag("persistence")
class HandlingStatisticsTests extends PublicCaseTest {

	@Autowired
	HandlingStatistics statistics;

	@Autowired
	WorkingDays workingDays;

	@Test
	void shouldComputeMediansAndShareInTimePerUnit() throws Exception {
		Unit park = fixtures.unit(municipality, "Gata och park");
		Unit quiet = fixtures.unit(municipality, "Stilla enheten");
		LocalDate monday = quietFortnight();
		LocalDate due = monday.plusWeeks(2); // ten working days after the Monday

		// Acknowledged after 1, answered after 4 working days: in time.
		handled(park, monday, monday.plusDays(1), monday.plusDays(4), due, CaseStatus.ANSWERED);
		// Acknowledged after 3, answered after 11 working days: late.
		handled(park, monday, monday.plusDays(3), due.plusDays(1), due, CaseStatus.IMPLEMENTED);
		// Acknowledged after 2, never answered, deadline passed: counts as not in time.
		handled(park, monday, monday.plusDays(2), null, due, CaseStatus.INVESTIGATING);
		// Withdrawn before anything happened: a case, but neither measured nor held
		// against the unit.
		handled(park, monday, null, null, due, CaseStatus.WITHDRAWN);
		// Not counted: an internal idea, and a case older than twelve months.
		Case internal = handled(park, monday, monday.plusDays(1), monday.plusDays(1), due, CaseStatus.ANSWERED);
		fixtures.set(internal, "internal", true);
		LocalDate longAgo = LocalDate.now(WorkingDays.SWEDEN).minusMonths(13);
		handled(park, longAgo, longAgo.plusDays(1), longAgo.plusDays(2), longAgo.plusDays(20), CaseStatus.ANSWERED);

		UnitFigures.Report report = statistics.lastTwelveMonths(municipality.id());

		assertThat(report.units()).extracting(UnitFigures::unitName).containsExactly("Gata och park", "Stilla enheten");
		UnitFigures figures = report.units().get(0);
		assertThat(figures.cases()).isEqualTo(4);
		assertThat(figures.medianAcknowledgeDays()).isEqualTo(2.0);
		assertThat(figures.medianAnswerDays()).isEqualTo(7.5);
		assertThat(figures.answeredInTime()).isEqualTo(1);
		assertThat(figures.due()).isEqualTo(3);
		assertThat(figures.shareInTime()).isEqualTo(1.0 / 3);
		UnitFigures empty = report.units().get(1);
		assertThat(empty.cases()).isZero();
		assertThat(empty.medianAcknowledgeDays()).isNull();
		assertThat(empty.shareInTime()).isNull();
		assertThat(report.total().cases()).isEqualTo(4);
		assertThat(report.total().medianAnswerDays()).isEqualTo(7.5);
		assertThat(report.answerDays()).isEqualTo(10);

		mvc.perform(get("/" + municipality.slug() + "/statistics"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<caption>Ärenden och handläggningstider per enhet")))
			.andExpect(content().string(containsString("<th scope=\"row\">Gata och park</th>")))
			.andExpect(content().string(containsString("<th scope=\"col\" class=\"number\">Ärenden</th>")))
			.andExpect(content().string(containsString("7,5")))
			.andExpect(content().string(containsString("33")))
			.andExpect(content().string(containsString("Ingen uppgift")))
			.andExpect(content().string(containsString("Hela kommunen")));
	}

	@Test
	void shouldSkipSwedishHolidaysAsTheJavaCalendarDoes() {
		Unit unit = fixtures.unit(municipality, "Kultur");
		LocalDate holiday = LocalDate.now(WorkingDays.SWEDEN).minusDays(7);
		while (holiday.getDayOfWeek().getValue() > 5 || workingDays.isWorkingDay(holiday)) {
			holiday = holiday.minusDays(1);
		}
		LocalDate before = holiday.minusDays(1);
		while (!workingDays.isWorkingDay(before)) {
			before = before.minusDays(1);
		}
		LocalDate after = holiday.plusDays(1);
		while (!workingDays.isWorkingDay(after)) {
			after = after.plusDays(1);
		}
		handled(unit, before, after, after, after.plusDays(30), CaseStatus.ANSWERED);

		UnitFigures figures = statistics.lastTwelveMonths(municipality.id()).units().get(0);

		assertThat(figures.medianAnswerDays())
			.as("working days from %s over the holiday %s to %s", before, holiday, after)
			.isEqualTo((double) workingDays.workingDaysBetween(before, after))
			.isEqualTo(1.0);
	}

	/**
	 * A case submitted at 9:00, acknowledged and answered at 14:00 on the given days
	 * (Swedish time).
	 */
	private Case handled(Unit unit, LocalDate submitted, LocalDate acknowledged, LocalDate answered, LocalDate due,
			CaseStatus status) {
		Case c = fixtures.submit(municipality, CaseKind.IDEA, null);
		fixtures.submittedAt(c, stockholm(submitted, 9));
		fixtures.set(c, "unit_id", unit.id());
		fixtures.set(c, "acknowledged_at", acknowledged == null ? null : stockholm(acknowledged, 14));
		fixtures.set(c, "answered_at", answered == null ? null : stockholm(answered, 14));
		fixtures.set(c, "answer_due", due);
		fixtures.status(c, status);
		return c;
	}

	/**
	 * A Monday a few months back from which three weeks pass without a holiday on a
	 * weekday.
	 */
	private LocalDate quietFortnight() {
		LocalDate monday = LocalDate.now(WorkingDays.SWEDEN).minusWeeks(6).with(DayOfWeek.MONDAY);
		while (!quiet(monday)) {
			monday = monday.minusWeeks(1);
		}
		return monday;
	}

	private boolean quiet(LocalDate monday) {
		return monday.datesUntil(monday.plusWeeks(3))
			.allMatch(date -> date.getDayOfWeek().getValue() > 5 || workingDays.isWorkingDay(date));
	}

}
