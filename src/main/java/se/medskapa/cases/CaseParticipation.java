package se.medskapa.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.medskapa.participation.events.SupportGiven;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.participation.spi.ParticipationItems;

/**
 * Cases as items of participation: a published case (and so a published solution to a
 * challenge) may be supported and commented on; its {@code support_count}, which the
 * public lists sort by, is kept here, one up per support the participation module
 * announces.
 */
@Component
public class CaseParticipation implements ParticipationItems {

	private static final String VISIBLE = "municipality_id = ? and published and not internal and public_title is not null";

	private final JdbcClient jdbc;

	CaseParticipation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public ItemKind kind() {
		return ItemKind.CASE;
	}

	@Override
	public boolean isPublic(long municipalityId, long itemId) {
		return jdbc.sql("select exists (select 1 from cases where " + VISIBLE + " and id = ?)")
			.params(municipalityId, itemId)
			.query(Boolean.class)
			.single();
	}

	@Override
	public String publicPath(String municipalitySlug, long municipalityId, long itemId) {
		return jdbc.sql("select reference from cases where " + VISIBLE + " and id = ?")
			.params(municipalityId, itemId)
			.query(String.class)
			.optional()
			.map(reference -> "/" + municipalitySlug + "/cases/" + reference)
			.orElse(null);
	}

	@ApplicationModuleListener
	void onSupportGiven(SupportGiven support) {
		if (support.kind() == ItemKind.CASE) {
			jdbc.sql("update cases set support_count = support_count + 1 where id = ? and municipality_id = ?")
				.params(support.itemId(), support.municipalityId())
				.update();
		}
	}

}
