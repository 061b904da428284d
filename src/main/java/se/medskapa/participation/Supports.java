package se.medskapa.participation;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.EidPurpose;
import se.medskapa.accounts.ResidentIdentities;
import se.medskapa.accounts.VerifiedIdentity;
import se.medskapa.participation.events.SupportGiven;
import se.medskapa.participation.events.SupportWithdrawn;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.Timestamps;

/**
 * Support: one per resident per item, kept by the primary key. A second support stores
 * nothing and announces nothing, so the owner's count, one up per announcement, stays
 * exact under any number of simultaneous supports. Where the municipality requires e-ID
 * for e-petition support, a support of an item that may become one also keeps the hash of
 * the resident's proven identity, unique per item: one person, one support, whatever the
 * number of accounts (ADR 0032).
 */
@Service
public class Supports {

	private final JdbcClient jdbc;

	private final Items items;

	private final Petitions petitions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ResidentIdentities identities;

	Supports(JdbcClient jdbc, Items items, Petitions petitions, ApplicationEventPublisher events, Clock clock,
			ResidentIdentities identities) {
		this.identities = identities;
		this.jdbc = jdbc;
		this.items = items;
		this.petitions = petitions;
		this.events = events;
		this.clock = clock;
	}

	/** The refusal of a support that needs e-ID first. */
	public static final String EID_REQUIRED = "participation.error.eidRequired";

	/**
	 * @return whether this was the resident's (and their identity's) first support of the
	 * item
	 * @throws ParticipationRefusedException with {@link #EID_REQUIRED} when the item is
	 * an e-petition candidate, the municipality requires e-ID for it and the resident has
	 * linked none
	 */
	@Transactional
	public boolean support(long municipalityId, ItemKind kind, long itemId, Participant resident) {
		ParticipationPermissions.require(ParticipationPermissions.onItem(resident, municipalityId),
				ParticipationAction.SUPPORT);
		items.requirePublic(municipalityId, kind, itemId);
		String identityHash = identityHash(municipalityId, kind, itemId, resident);
		Instant now = clock.instant();
		// No conflict target: a second support by the account or by the identity stores
		// nothing.
		int stored = jdbc.sql("""
				insert into participation_support (municipality_id, item_kind, item_id, resident_id, supported_at,
				                                   identity_hash)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(municipalityId, kind.name(), itemId, resident.residentId(), Timestamps.of(now), identityHash)
			.update();
		if (stored == 1) {
			events.publishEvent(new SupportGiven(municipalityId, kind, itemId, resident.residentId()));
			petitions.supported(municipalityId, kind, itemId, now);
		}
		return stored == 1;
	}

	private String identityHash(long municipalityId, ItemKind kind, long itemId, Participant resident) {
		if (!items.mayBePetition(municipalityId, kind, itemId)
				|| !identities.requiresEid(municipalityId, EidPurpose.PETITION_SUPPORT)) {
			return null;
		}
		return identities.verifiedIdentity(resident.residentId())
			.map(VerifiedIdentity::identityHash)
			.orElseThrow(() -> new ParticipationRefusedException(EID_REQUIRED));
	}

	/**
	 * The resident takes their support back. A petition that qualified stays qualified
	 * (it was sent on); one still counting counts one less.
	 * @return whether there was a support to withdraw
	 */
	@Transactional
	public boolean withdraw(long municipalityId, ItemKind kind, long itemId, Participant resident) {
		ParticipationPermissions.require(ParticipationPermissions.onItem(resident, municipalityId),
				ParticipationAction.SUPPORT);
		items.requirePublic(municipalityId, kind, itemId);
		int deleted = jdbc.sql("""
				delete from participation_support
				where municipality_id = ? and item_kind = ? and item_id = ? and resident_id = ?""")
			.params(municipalityId, kind.name(), itemId, resident.residentId())
			.update();
		if (deleted == 1) {
			events.publishEvent(new SupportWithdrawn(municipalityId, kind, itemId, resident.residentId()));
		}
		return deleted == 1;
	}

	/** How many residents support the item. */
	public int count(long municipalityId, ItemKind kind, long itemId) {
		return jdbc
			.sql("""
					select count(*) from participation_support where municipality_id = ? and item_kind = ? and item_id = ?""")
			.params(municipalityId, kind.name(), itemId)
			.query(Integer.class)
			.single();
	}

	boolean supports(long municipalityId, ItemKind kind, long itemId, Participant participant) {
		if (participant == null || !participant.isResident()) {
			return false;
		}
		return jdbc.sql("""
				select exists (select 1 from participation_support
				               where municipality_id = ? and item_kind = ? and item_id = ? and resident_id = ?)""")
			.params(municipalityId, kind.name(), itemId, participant.residentId())
			.query(Boolean.class)
			.single();
	}

}
