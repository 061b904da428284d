package se.medskapa.cases.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.shared.WorkingDays;

/**
 * Moves a demo case back to when it happened: its submission, its timeline entries, the
 * dates it was acknowledged, answered and closed, and its deadlines, counted again in
 * working days from the earlier submission. Only here, inside the module that owns the
 * case tables, are they written other than by the use cases (ADR 0008).
 */
@Component
class DemoCaseDates {

	private final WorkingDays workingDays;

	private final JdbcClient jdbc;

	DemoCaseDates(WorkingDays workingDays, JdbcClient jdbc) {
		this.workingDays = workingDays;
		this.jdbc = jdbc;
	}

	/** The entries the use cases just wrote (stamped now) happened at {@code when}. */
	void moveEvents(long municipalityId, long caseId, Instant playedFrom, Instant when) {
		jdbc.sql("update case_event set occurred_at = ? where municipality_id = ? and case_id = ? and occurred_at >= ?")
			.params(Timestamp.from(when), municipalityId, caseId, Timestamp.from(playedFrom))
			.update();
	}

	/**
	 * Moves the case to its submission time and derives its other dates from its
	 * timeline, as the use cases set them: acknowledged at the first named contact or
	 * closing answer, answered at the first message to the resident, closed at the
	 * closing entry; the deadlines are counted from the submission again.
	 */
	void backdate(long municipalityId, long caseId, Instant submitted) {
		record Days(int acknowledgeDays, int answerDays) {
		}
		Days days = jdbc
			.sql("select acknowledge_days, answer_days from municipality_settings where municipality_id = ?")
			.param(municipalityId)
			.query(Days.class)
			.single();
		LocalDate submittedOn = LocalDate.ofInstant(submitted, WorkingDays.SWEDEN);
		jdbc.sql(
				"""
						update cases c set submitted_at = ?, acknowledge_due = ?, answer_due = ?,
						  acknowledged_at = case when c.acknowledged_at is null then null else (
						      select min(e.occurred_at) from case_event e where e.case_id = c.id
						      and e.type in ('TAKEN', 'ASSIGNED', 'ANSWERED', 'FORWARDED', 'MERGED')) end,
						  answered_at = case when c.answered_at is null then null else (
						      select min(e.occurred_at) from case_event e where e.case_id = c.id
						      and (e.type in ('ANSWERED', 'FORWARDED', 'MERGED') or e.public_message is not null)) end,
						  closed_at = case when c.closed_at is null then null else (
						      select max(e.occurred_at) from case_event e where e.case_id = c.id
						      and e.to_status in ('IMPLEMENTED', 'DECLINED', 'FORWARDED', 'ANSWERED', 'MERGED', 'WITHDRAWN')) end
						where c.id = ? and c.municipality_id = ?""")
			.params(Timestamp.from(submitted), workingDays.addWorkingDays(submittedOn, days.acknowledgeDays()),
					workingDays.addWorkingDays(submittedOn, days.answerDays()), caseId, municipalityId)
			.update();
		jdbc.sql("update case_tracking_token set created_at = ? where municipality_id = ? and case_id = ?")
			.params(Timestamp.from(submitted), municipalityId, caseId)
			.update();
	}

}
