package se.medskapa.challenges;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.cases.intake.CaseGateway;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.WorkingDays;

import static se.medskapa.shared.Text.blankToNull;

/**
 * The unit's use cases of a challenge: write, edit, publish, close the call, decide. Each
 * requires its {@link ChallengeAction} on entry.
 */
@Service
public class ChallengeAdministration {

	private final Challenges challenges;

	private final ChallengePermissions permissions;

	private final Organisation organisation;

	private final CaseGateway cases;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	ChallengeAdministration(Challenges challenges, ChallengePermissions permissions, Organisation organisation,
			CaseGateway cases, JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.challenges = challenges;
		this.permissions = permissions;
		this.organisation = organisation;
		this.cases = cases;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/** A new draft for a unit of the municipality. */
	@Transactional
	public long create(StaffPrincipal actor, long municipalityId, ChallengeDraft draft) {
		organisation.unit(municipalityId, draft.unitId());
		if (!permissions.mayCreate(actor, municipalityId, draft.unitId())) {
			throw new ChallengeAccessDeniedException();
		}
		return challenges.insert(Challenge.draft(municipalityId, draft), actor.id());
	}

	@Transactional
	public void edit(StaffPrincipal actor, long municipalityId, long challengeId, ChallengeDraft draft) {
		Challenge challenge = load(municipalityId, challengeId);
		permissions.require(ChallengeAction.EDIT, actor, municipalityId, challenge.texts().unitId(),
				challenge.status());
		organisation.unit(municipalityId, draft.unitId());
		challenge.edit(draft, clock.instant());
		challenges.save(challenge, actor.id());
	}

	@Transactional
	public void publish(StaffPrincipal actor, long municipalityId, long challengeId) {
		Challenge challenge = load(municipalityId, challengeId);
		permissions.require(ChallengeAction.PUBLISH, actor, municipalityId, challenge.texts().unitId(),
				challenge.status());
		Instant now = clock.instant();
		challenge.publish(now, LocalDate.ofInstant(now, WorkingDays.SWEDEN));
		challenges.save(challenge, actor.id());
	}

	@Transactional
	public void startEvaluation(StaffPrincipal actor, long municipalityId, long challengeId) {
		Challenge challenge = load(municipalityId, challengeId);
		permissions.require(ChallengeAction.START_EVALUATION, actor, municipalityId, challenge.texts().unitId(),
				challenge.status());
		challenge.startEvaluation();
		challenges.save(challenge, actor.id());
	}

	/**
	 * Publishes the decision: which solutions go forward, a short reason for each of the
	 * others, and a summary; every submitter is told through their case.
	 * @param outcomes solution id → outcome; every solution needs one
	 * @param reasons solution id → reason (required for a declined one)
	 */
	@Transactional
	public void decide(StaffPrincipal actor, long municipalityId, long challengeId, String summary,
			Map<Long, Outcome> outcomes, Map<Long, String> reasons) {
		Challenge challenge = load(municipalityId, challengeId);
		permissions.require(ChallengeAction.DECIDE, actor, municipalityId, challenge.texts().unitId(),
				challenge.status());
		List<SolutionRow> solutions = jdbc.sql(
				"select id, case_id from challenge_solution where municipality_id = ? and challenge_id = ? order by id")
			.params(municipalityId, challengeId)
			.query(SolutionRow.class)
			.list();
		for (SolutionRow solution : solutions) {
			Outcome outcome = outcomes.get(solution.id());
			String reason = blankToNull(reasons.get(solution.id()));
			if (outcome == null) {
				throw new ChallengeRefusedException("challenge.error.outcomeRequired");
			}
			if (outcome == Outcome.DECLINED && reason == null) {
				throw new ChallengeRefusedException("challenge.error.reasonRequired");
			}
			if (reason != null && reason.length() > 2000) {
				throw new ChallengeRefusedException("challenge.error.reasonTooLong");
			}
		}
		challenge.decide(summary, clock.instant());
		challenges.save(challenge, actor.id());
		String title = challenge.texts().title();
		for (SolutionRow solution : solutions) {
			Outcome outcome = outcomes.get(solution.id());
			String reason = blankToNull(reasons.get(solution.id()));
			jdbc.sql(
					"update challenge_solution set outcome = ?, outcome_reason = ? where id = ? and municipality_id = ?")
				.params(outcome.name(), reason, solution.id(), municipalityId)
				.update();
			// The municipality's language: the message stays on the case's public
			// timeline.
			String message = messages.getMessage("challenge.outcomeMessage." + outcome,
					new Object[] { title, reason == null ? "" : reason, challenge.decisionSummary() },
					ChallengeMessages.SWEDISH);
			cases.tellSubmitter(municipalityId, solution.caseId(), actor.id(), message);
		}
	}

	private Challenge load(long municipalityId, long challengeId) {
		return challenges.find(municipalityId, challengeId).orElseThrow(() -> new NotFoundException("challenge"));
	}

	record SolutionRow(long id, long caseId) {
	}

}
