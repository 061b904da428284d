package se.medskapa.challenges;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.Timestamps;

import static se.medskapa.shared.Text.blankToNull;

/**
 * Staff score solutions against the challenge's criteria (1–5, with a comment), each
 * staff member their own row per criterion, and the unit shortlists. Staff only.
 */
@Service
public class ChallengeEvaluations {

	private final Challenges challenges;

	private final ChallengePermissions permissions;

	private final JdbcClient jdbc;

	private final Clock clock;

	ChallengeEvaluations(Challenges challenges, ChallengePermissions permissions, JdbcClient jdbc, Clock clock) {
		this.challenges = challenges;
		this.permissions = permissions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The actor's score of one criterion; a second score replaces the first. */
	@Transactional
	public void score(StaffPrincipal actor, long municipalityId, long solutionId, int criterion, int score,
			String comment) {
		Challenge challenge = challengeOf(municipalityId, solutionId);
		permissions.require(ChallengeAction.EVALUATE, actor, municipalityId, challenge.texts().unitId(),
				challenge.status());
		if (criterion < 1 || criterion > challenge.texts().criteriaList().size()) {
			throw new ChallengeRefusedException("challenge.error.criterion");
		}
		if (score < 1 || score > 5) {
			throw new ChallengeRefusedException("challenge.error.score");
		}
		String text = blankToNull(comment);
		if (text != null && text.length() > 2000) {
			throw new ChallengeRefusedException("challenge.error.reasonTooLong");
		}
		jdbc.sql(
				"""
						insert into challenge_score (municipality_id, solution_id, staff_id, criterion, score, comment, scored_at)
						values (?, ?, ?, ?, ?, ?, ?)
						on conflict (solution_id, staff_id, criterion)
						do update set score = excluded.score, comment = excluded.comment, scored_at = excluded.scored_at""")
			.params(municipalityId, solutionId, actor.id(), criterion, score, text, Timestamps.of(clock.instant()))
			.update();
	}

	@Transactional
	public void shortlist(StaffPrincipal actor, long municipalityId, long solutionId, boolean shortlisted) {
		Challenge challenge = challengeOf(municipalityId, solutionId);
		permissions.require(ChallengeAction.SHORTLIST, actor, municipalityId, challenge.texts().unitId(),
				challenge.status());
		jdbc.sql("update challenge_solution set shortlisted = ? where id = ? and municipality_id = ?")
			.params(shortlisted, solutionId, municipalityId)
			.update();
	}

	private Challenge challengeOf(long municipalityId, long solutionId) {
		return jdbc.sql("select challenge_id from challenge_solution where id = ? and municipality_id = ?")
			.params(solutionId, municipalityId)
			.query(Long.class)
			.optional()
			.flatMap(id -> challenges.find(municipalityId, id))
			.orElseThrow(() -> new NotFoundException("solution"));
	}

}
