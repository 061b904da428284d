package se.medskapa.challenges;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.participation.spi.ItemKind;
import se.medskapa.participation.spi.ParticipationItems;

/** A challenge the public sees (any but a draft) may be supported and commented on. */
@Component
class ChallengeParticipation implements ParticipationItems {

	private final JdbcClient jdbc;

	ChallengeParticipation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public ItemKind kind() {
		return ItemKind.CHALLENGE;
	}

	@Override
	public boolean isPublic(long municipalityId, long itemId) {
		return jdbc
			.sql("select exists (select 1 from challenge where municipality_id = ? and id = ? and status <> 'DRAFT')")
			.params(municipalityId, itemId)
			.query(Boolean.class)
			.single();
	}

	@Override
	public String publicPath(String municipalitySlug, long municipalityId, long itemId) {
		return isPublic(municipalityId, itemId) ? "/" + municipalitySlug + "/challenges/" + itemId : null;
	}

	@Override
	public String publicTitle(long municipalityId, long itemId) {
		return jdbc.sql("select title from challenge where municipality_id = ? and id = ? and status <> 'DRAFT'")
			.params(municipalityId, itemId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
