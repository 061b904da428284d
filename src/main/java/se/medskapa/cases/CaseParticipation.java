package se.medskapa.cases;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.medskapa.participation.events.ItemHidden;
import se.medskapa.participation.events.ItemRestored;
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

	/** The internal note of the timeline rows moderation writes. */
	static final String MODERATION_NOTE = "Moderering (anmälningar)";

	private final JdbcClient jdbc;

	private final CaseHandling handling;

	private final Clock clock;

	CaseParticipation(JdbcClient jdbc, CaseHandling handling, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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

	/**
	 * A case (or solution) hidden after reports leaves every public page, list and the
	 * API (it is unpublished, and kept); the timeline records it with the moderator's
	 * reason.
	 */
	@ApplicationModuleListener
	void onItemHidden(ItemHidden hidden) {
		if (hidden.kind() == ItemKind.CASE) {
			int changed = jdbc
				.sql("update cases set published = false where id = ? and municipality_id = ? and published")
				.params(hidden.itemId(), hidden.municipalityId())
				.update();
			if (changed == 1) {
				moderationEvent(hidden.municipalityId(), hidden.itemId(), "UNPUBLISHED",
						hidden.reason() == null ? MODERATION_NOTE : MODERATION_NOTE + ": " + hidden.reason());
			}
		}
	}

	/**
	 * A moderator restored a case: it is published again, unless someone changed its
	 * publication since moderation hid it.
	 */
	@ApplicationModuleListener
	void onItemRestored(ItemRestored restored) {
		if (restored.kind() == ItemKind.CASE) {
			int changed = jdbc.sql("""
					update cases set published = true where id = ? and municipality_id = ? and not published
					  and (select internal_note from case_event where case_id = cases.id order by id desc limit 1)
					      like ?""")
				.params(restored.itemId(), restored.municipalityId(), MODERATION_NOTE + "%")
				.update();
			if (changed == 1) {
				moderationEvent(restored.municipalityId(), restored.itemId(), "PUBLISHED",
						MODERATION_NOTE + ": " + restored.reason());
			}
		}
	}

	private void moderationEvent(long municipalityId, long caseId, String type, String note) {
		jdbc.sql(
				"""
						insert into case_event (municipality_id, case_id, occurred_at, type, from_status, to_status, internal_note)
						select municipality_id, id, ?, ?, status, status, ? from cases where id = ? and municipality_id = ?""")
			.params(Timestamp.from(clock.instant()), type, note, caseId, municipalityId)
			.update();
	}

}
