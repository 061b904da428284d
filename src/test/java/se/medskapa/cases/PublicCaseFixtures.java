package se.medskapa.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.Department;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.shared.WorkingDays;

/**
 * Test data for open feedback. Every test gets a municipality of its own, so counts and
 * pages do not depend on other tests. Cases enter through {@link CaseIntake#submit}; what
 * the handling side would do (publish, route, answer, write timeline events) is simulated
 * with SQL.
 * <p>
 * Every case is submitted with an original title, description, name and e-mail that carry
 * {@link #SECRET}, so tests can prove that nothing of the original reaches a public page.
 */
record PublicCaseFixtures(CaseIntake intake, Municipalities municipalities, Organisation organisation,
		StaffDirectory staff, JdbcClient jdbc) {

	/**
	 * Marks every text that must never be public: original texts, submitter details,
	 * internal notes.
	 */
	static final String SECRET = "hemligtextruta";

	Municipality municipality() {
		StringBuilder letters = new StringBuilder("t");
		for (int i = 0; i < 10; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		String slug = letters.toString();
		return municipalities.register(slug, "Testkommun " + slug, null, null, null, null);
	}

	Unit unit(Municipality municipality, String name) {
		Department department = organisation.departments(municipality.id())
			.stream()
			.findFirst()
			.orElseGet(() -> organisation.createDepartment(municipality.id(), "Förvaltningen"));
		return organisation.createUnit(municipality.id(), department.id(), name, null);
	}

	Category category(Municipality municipality, String name) {
		return organisation.createCategory(municipality.id(), name, null);
	}

	long staffMember(Municipality municipality, String displayName) {
		return staff.createActive(municipality.id(), "staff-" + UUID.randomUUID() + "@test.medskapa.example",
				displayName, "correct horse battery staple", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
				EnumSet.of(StaffRole.HANDLER), List.of());
	}

	/** A case as a resident sent it, not yet published. */
	Case submit(Municipality municipality, CaseKind kind, Long categoryId) {
		SubmittedCase submitted = intake.submit(municipality,
				new CaseSubmission(kind, "Originalrubrik " + SECRET,
						"Originalbeskrivning med telefon 070-000 00 00 " + SECRET, categoryId, "Hemadress " + SECRET,
						"Namn " + SECRET, SECRET + "@example.se", true, "sv", null, null, false));
		return new Case(submitted.id(), submitted.reference());
	}

	/** A case published by the coach with the given public version. */
	Case published(Municipality municipality, String publicTitle, String publicDescription) {
		return published(municipality, CaseKind.IDEA, null, publicTitle, publicDescription);
	}

	Case published(Municipality municipality, CaseKind kind, Long categoryId, String publicTitle,
			String publicDescription) {
		Case submitted = submit(municipality, kind, categoryId);
		jdbc.sql("update cases set published = true, public_title = ?, public_description = ? where id = ?")
			.params(publicTitle, publicDescription, submitted.id())
			.update();
		return submitted;
	}

	void set(Case c, String column, Object value) {
		if (!column.matches("[a-z_]+")) {
			throw new IllegalArgumentException(column);
		}
		Object bound = value instanceof Instant instant ? Timestamp.from(instant) : value;
		jdbc.sql("update cases set " + column + " = ? where id = ?").params(bound, c.id()).update();
	}

	/** Moves the submission, and its SUBMITTED event, to another time. */
	void submittedAt(Case c, Instant at) {
		set(c, "submitted_at", at);
		jdbc.sql("update case_event set occurred_at = ? where case_id = ? and type = 'SUBMITTED'")
			.params(Timestamp.from(at), c.id())
			.update();
	}

	/**
	 * Sets the status as the handling side would leave it: an open case outside the coach
	 * queue always has a unit (the database insists), so one is given where the fixture
	 * has none; a closing status closes it.
	 */
	void status(Case c, CaseStatus status) {
		if (status != CaseStatus.RECEIVED) {
			long municipalityId = jdbc.sql("select municipality_id from cases where id = ?")
				.param(c.id())
				.query(Long.class)
				.single();
			if (organisation.units(municipalityId).isEmpty()) {
				unit(municipalities.findById(municipalityId).orElseThrow(), "Enheten");
			}
		}
		jdbc.sql(
				"""
						update cases set status = ?,
						       unit_id = case when ? = 'RECEIVED' then unit_id
						                      else coalesce(unit_id, (select min(u.id) from unit u where u.municipality_id = cases.municipality_id)) end,
						       closed_at = case when ? then coalesce(closed_at, now()) else null end
						where id = ?""")
			.params(status.name(), status.name(), status.isClosed(), c.id())
			.update();
	}

	/** A timeline event as the handling side writes it. */
	void event(Case c, Instant at, String type, CaseStatus toStatus, Long unitId, String publicMessage,
			String internalNote) {
		jdbc.sql("""
				insert into case_event (municipality_id, case_id, occurred_at, type, to_status, unit_id, public_message,
				                        internal_note)
				select municipality_id, id, ?, ?, ?, ?, ?, ? from cases where id = ?""")
			.params(Timestamp.from(at), type, toStatus == null ? null : toStatus.name(), unitId, publicMessage,
					internalNote, c.id())
			.update();
	}

	static Instant stockholm(LocalDate date, int hour) {
		return date.atTime(hour, 0).atZone(WorkingDays.SWEDEN).toInstant();
	}

	record Case(long id, String reference) {
	}
}
