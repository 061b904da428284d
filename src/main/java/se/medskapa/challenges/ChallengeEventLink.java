package se.medskapa.challenges;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.challenges.spi.ChallengeEvents;
import se.medskapa.challenges.spi.ChallengeEvents.LinkedEvent;
import se.medskapa.shared.NotFoundException;

/**
 * A challenge's optional linked event (a workshop about it, say): only its id is kept
 * here, the event itself is the events module's, asked through {@link ChallengeEvents}.
 * An event that is no longer public is simply not shown.
 */
@Service
public class ChallengeEventLink {

	private final Challenges challenges;

	private final ChallengePermissions permissions;

	private final ObjectProvider<ChallengeEvents> events;

	private final JdbcClient jdbc;

	ChallengeEventLink(Challenges challenges, ChallengePermissions permissions, ObjectProvider<ChallengeEvents> events,
			JdbcClient jdbc) {
		this.challenges = challenges;
		this.permissions = permissions;
		this.events = events;
		this.jdbc = jdbc;
	}

	/**
	 * Links the challenge to one of the municipality's public events ({@code null}:
	 * unlinks it). Allowed to those who may edit the challenge.
	 * @throws ChallengeRefusedException for an event that is not public in the
	 * municipality
	 */
	@Transactional
	public void linkEvent(StaffPrincipal actor, long municipalityId, long challengeId, Long eventId) {
		Challenge challenge = challenges.find(municipalityId, challengeId)
			.orElseThrow(() -> new NotFoundException("challenge"));
		permissions.require(ChallengeAction.EDIT, actor, municipalityId, challenge.texts().unitId(),
				challenge.status());
		if (eventId != null && event(municipalityId, eventId).isEmpty()) {
			throw new ChallengeRefusedException("challenge.error.eventUnknown");
		}
		jdbc.sql("update challenge set event_id = ? where id = ? and municipality_id = ?")
			.params(eventId, challengeId, municipalityId)
			.update();
	}

	/** The challenge's linked event while it is public. */
	public Optional<LinkedEvent> linkedEvent(long municipalityId, long challengeId) {
		return jdbc.sql("select event_id from challenge where id = ? and municipality_id = ? and event_id is not null")
			.params(challengeId, municipalityId)
			.query(Long.class)
			.optional()
			.flatMap(eventId -> event(municipalityId, eventId));
	}

	/** The events the challenge may link to. */
	public List<LinkedEvent> linkable(long municipalityId) {
		ChallengeEvents source = events.getIfAvailable();
		return source == null ? List.of() : source.linkable(municipalityId);
	}

	private Optional<LinkedEvent> event(long municipalityId, long eventId) {
		ChallengeEvents source = events.getIfAvailable();
		return source == null ? Optional.empty() : source.publicEvent(municipalityId, eventId);
	}

}
