package se.medskapa.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.medskapa.participation.events.PetitionQualified;
import se.medskapa.participation.events.SupportGiven;
import se.medskapa.participation.events.SupportWithdrawn;
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

	private final CaseHandling handling;

	CaseParticipation(JdbcClient jdbc, CaseHandling handling) {
		this.jdbc = jdbc;
		this.handling = handling;
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

	@Override
	public String publicTitle(long municipalityId, long itemId) {
		return jdbc.sql("select public_title from cases where " + VISIBLE + " and id = ?")
			.params(municipalityId, itemId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** A resident's proposal (medborgarförslag) may become an e-petition. */
	@Override
	public boolean mayBePetition(long municipalityId, long itemId) {
		return jdbc.sql("select exists (select 1 from cases where " + VISIBLE + " and id = ? and kind = 'PROPOSAL')")
			.params(municipalityId, itemId)
			.query(Boolean.class)
			.single();
	}

	@ApplicationModuleListener
	void onSupportGiven(SupportGiven support) {
		if (support.kind() == ItemKind.CASE) {
			jdbc.sql("update cases set support_count = support_count + 1 where id = ? and municipality_id = ?")
				.params(support.itemId(), support.municipalityId())
				.update();
		}
	}

	@ApplicationModuleListener
	void onSupportWithdrawn(SupportWithdrawn withdrawn) {
		if (withdrawn.kind() == ItemKind.CASE) {
			jdbc.sql("""
					update cases set support_count = support_count - 1
					where id = ? and municipality_id = ? and support_count > 0""")
				.params(withdrawn.itemId(), withdrawn.municipalityId())
				.update();
		}
	}

	/**
	 * A qualified e-petition goes to the unit the municipality names, with its public
	 * message.
	 */
	@ApplicationModuleListener
	void onPetitionQualified(PetitionQualified qualified) {
		if (qualified.kind() == ItemKind.CASE) {
			handling.qualifyPetition(qualified.municipalityId(), qualified.itemId(), qualified.unitId(),
					qualified.publicMessage());
		}
	}

}
