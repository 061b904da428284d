package se.medskapa.participation;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.spi.ResidentData;

/**
 * The resident's part in the data export: every comment they wrote (as it stands, a
 * deleted one without its text) and every support, in every municipality.
 */
@Component
class ResidentParticipationData implements ResidentData {

	private final JdbcClient jdbc;

	ResidentParticipationData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "participation";
	}

	@Override
	public Exported exportFor(long residentId) {
		// Across municipalities on purpose: the account belongs to no single one.
		List<ExportedComment> comments = jdbc.sql("""
				select municipality_id, item_kind, item_id, created_at, body, edited_at is not null as edited,
				       deleted_at is not null as deleted
				from participation_comment where author_resident_id = ? order by created_at, id""")
			.param(residentId)
			.query(ExportedComment.class)
			.list();
		List<ExportedSupport> supports = jdbc.sql("""
				select municipality_id, item_kind, item_id, supported_at from participation_support
				where resident_id = ? order by supported_at""").param(residentId).query(ExportedSupport.class).list();
		return new Exported(comments, supports);
	}

	record Exported(List<ExportedComment> comments, List<ExportedSupport> supports) {
	}

	record ExportedComment(long municipalityId, String itemKind, long itemId, Instant createdAt, String body,
			boolean edited, boolean deleted) {
	}

	record ExportedSupport(long municipalityId, String itemKind, long itemId, Instant supportedAt) {
	}

}
