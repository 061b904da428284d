package se.medskapa.participation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.SecureTokens;
import se.medskapa.shared.Timestamps;

/**
 * Signed-in residents follow the discussion of an item, with a daily or weekly digest
 * ({@link Digests}), and stop following it on its page or, for everything they follow in
 * the municipality, by the link in any digest (ADR 0026).
 */
@Service
public class Follows {

	/** How long the link in a digest ends the resident's follows. */
	static final Duration LINK_VALIDITY = Duration.ofDays(90);

	private final JdbcClient jdbc;

	private final Items items;

	private final Clock clock;

	Follows(JdbcClient jdbc, Items items, Clock clock) {
		this.jdbc = jdbc;
		this.items = items;
		this.clock = clock;
	}

	/** Follows the item, or changes how often the resident hears of it. */
	@Transactional
	public void follow(long municipalityId, ItemKind kind, long itemId, Participant resident,
			FollowFrequency frequency) {
		ParticipationPermissions.require(ParticipationPermissions.onItem(resident, municipalityId),
				ParticipationAction.FOLLOW);
		items.requirePublic(municipalityId, kind, itemId);
		Instant now = clock.instant();
		jdbc.sql(
				"""
						insert into participation_follow (municipality_id, item_kind, item_id, resident_id, frequency,
						                                  followed_at, last_digest_at)
						values (?, ?, ?, ?, ?, ?, ?)
						on conflict (municipality_id, item_kind, item_id, resident_id) do update set frequency = excluded.frequency""")
			.params(municipalityId, kind.name(), itemId, resident.residentId(),
					(frequency == null ? FollowFrequency.DAILY : frequency).name(), Timestamps.of(now),
					Timestamps.of(now))
			.update();
	}

	/**
	 * @return whether the resident followed it
	 */
	@Transactional
	public boolean unfollow(long municipalityId, ItemKind kind, long itemId, Participant resident) {
		ParticipationPermissions.require(ParticipationPermissions.onItem(resident, municipalityId),
				ParticipationAction.FOLLOW);
		return jdbc.sql("""
				delete from participation_follow
				where municipality_id = ? and item_kind = ? and item_id = ? and resident_id = ?""")
			.params(municipalityId, kind.name(), itemId, resident.residentId())
			.update() == 1;
	}

	/**
	 * How often the participant hears of the item, or empty when they do not follow it.
	 */
	public Optional<FollowFrequency> following(long municipalityId, ItemKind kind, long itemId,
			Participant participant) {
		if (participant == null || !participant.isResident()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select frequency from participation_follow
				where municipality_id = ? and item_kind = ? and item_id = ? and resident_id = ?""")
			.params(municipalityId, kind.name(), itemId, participant.residentId())
			.query(String.class)
			.optional()
			.map(FollowFrequency::valueOf);
	}

	/** Whether the link of a digest is one of this municipality's and still valid. */
	public boolean isValidLink(long municipalityId, String token) {
		return residentOfLink(municipalityId, token).isPresent();
	}

	/**
	 * Ends every follow in the municipality of the resident whose digest carried the
	 * link.
	 * @return how many follows ended, or empty when the link is unknown or expired
	 */
	@Transactional
	public Optional<Integer> unfollowAllByLink(long municipalityId, String token) {
		return residentOfLink(municipalityId, token).map(
				residentId -> jdbc.sql("delete from participation_follow where municipality_id = ? and resident_id = ?")
					.params(municipalityId, residentId)
					.update());
	}

	/** A new link for a digest to the resident; only its hash is stored. */
	String issueLink(long municipalityId, long residentId, Instant now) {
		String token = SecureTokens.newToken();
		jdbc.sql("""
				insert into participation_unfollow_link (token_hash, municipality_id, resident_id, created_at)
				values (?, ?, ?, ?)""")
			.params(SecureTokens.hash(token), municipalityId, residentId, Timestamps.of(now))
			.update();
		return token;
	}

	private Optional<Long> residentOfLink(long municipalityId, String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select resident_id from participation_unfollow_link
				where token_hash = ? and municipality_id = ? and created_at > ?""")
			.params(SecureTokens.hash(token), municipalityId, Timestamps.of(clock.instant().minus(LINK_VALIDITY)))
			.query(Long.class)
			.optional();
	}

}
