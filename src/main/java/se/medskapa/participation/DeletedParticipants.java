package se.medskapa.participation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.events.ResidentAccountDeleted;

/**
 * A deleted resident's comments lose the name shown with them (ADR 0011): the text stays
 * as part of the public discussion, signed "Invånare". Their supports stay counted; their
 * follows and the links of their digests go.
 */
@Component
class DeletedParticipants {

	private final JdbcClient jdbc;

	DeletedParticipants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void onDeleted(ResidentAccountDeleted deleted) {
		jdbc.sql("update participation_comment set author_name = '' where author_resident_id = ? and author_name <> ''")
			.param(deleted.residentId())
			.update();
		jdbc.sql("delete from participation_follow where resident_id = ?").param(deleted.residentId()).update();
		jdbc.sql("delete from participation_unfollow_link where resident_id = ?").param(deleted.residentId()).update();
	}

}
