package se.medskapa.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.events.ResidentAccountDeleted;

/**
 * A deleted resident is gone from the cases (ADR 0011): their name and address are
 * erased, their tracking links stop working and their follows end, so that no mail about
 * a case reaches them again. The text of their cases stays: it is a public record
 * ("allmän handling") that the municipality must keep.
 */
@Component
class DeletedResidents {

	private final JdbcClient jdbc;

	DeletedResidents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keyed on the resident only, in every municipality: the account belongs to none.
	 * Safe to run twice, as a redelivered event may.
	 */
	@ApplicationModuleListener
	void onDeleted(ResidentAccountDeleted deleted) {
		long residentId = deleted.residentId();
		jdbc.sql("""
				delete from case_tracking_token t using cases c
				where t.case_id = c.id and t.municipality_id = c.municipality_id and c.resident_id = ?""")
			.param(residentId)
			.update();
		jdbc.sql("delete from case_follower where resident_id = ?").param(residentId).update();
		// CaseMails takes the resident's address from submitter_email only; without it no
		// mail (and no new tracking link) goes out for these cases.
		jdbc.sql("""
				update cases set submitter_name = null, submitter_email = null
				where resident_id = ? and (submitter_name is not null or submitter_email is not null)""")
			.param(residentId)
			.update();
	}

}
