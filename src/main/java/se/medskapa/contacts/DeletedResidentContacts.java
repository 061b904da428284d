package se.medskapa.contacts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.events.ResidentAccountDeleted;

/** A deleted resident leaves every contact bank (ADR 0011); safe to run twice. */
@Component
class DeletedResidentContacts {

	private final JdbcClient jdbc;

	DeletedResidentContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void onDeleted(ResidentAccountDeleted deleted) {
		ContactBank.forget(jdbc, "m.resident_id = ?", deleted.residentId());
	}

}
