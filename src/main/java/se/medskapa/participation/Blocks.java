package se.medskapa.participation;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.shared.Timestamps;

/** Whether a moderator has blocked a participant from commenting and reporting now. */
@Component
class Blocks {

	private final JdbcClient jdbc;

	private final Clock clock;

	Blocks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean isBlocked(long municipalityId, Participant participant) {
		if (participant == null) {
			return false;
		}
		return jdbc.sql("""
				select exists (select 1 from participation_block
				               where municipality_id = ? and blocked_until > ?
				                 and (resident_id = ? or staff_id = ?))""")
			.params(municipalityId, Timestamps.of(clock.instant()), participant.residentId(), participant.staffId())
			.query(Boolean.class)
			.single();
	}

	/**
	 * @throws ParticipationRefusedException while the participant is blocked
	 */
	void requireNotBlocked(long municipalityId, Participant participant) {
		if (isBlocked(municipalityId, participant)) {
			throw new ParticipationRefusedException("participation.error.blocked");
		}
	}

}
