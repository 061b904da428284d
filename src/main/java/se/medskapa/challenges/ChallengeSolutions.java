package se.medskapa.challenges;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.cases.intake.CaseGateway;
import se.medskapa.cases.intake.IntakeReceipt;
import se.medskapa.cases.intake.IntakeRequest;
import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.Timestamps;
import se.medskapa.shared.WorkingDays;

/**
 * A solution is a case: submitted through the cases module's intake (reference, tracking
 * link, receipt mail), shown in the challenge's unit's queue, and linked here in the same
 * transaction.
 */
@Service
public class ChallengeSolutions {

	public static final String ORIGIN = "challenge";

	private final Challenges challenges;

	private final CaseGateway cases;

	private final JdbcClient jdbc;

	private final Clock clock;

	ChallengeSolutions(Challenges challenges, CaseGateway cases, JdbcClient jdbc, Clock clock) {
		this.challenges = challenges;
		this.cases = cases;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @throws NotFoundException for no published challenge of the municipality
	 * @throws ChallengeRefusedException when the call for solutions is closed
	 */
	@Transactional
	public IntakeReceipt submit(Municipality municipality, long challengeId, IntakeRequest solution) {
		Challenge challenge = challenges.find(municipality.id(), challengeId)
			.filter(found -> found.status() != ChallengeStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("challenge"));
		Instant now = clock.instant();
		if (!challenge.acceptsSolutions(LocalDate.ofInstant(now, WorkingDays.SWEDEN))) {
			throw new ChallengeRefusedException("challenge.error.closed");
		}
		IntakeReceipt receipt = cases.submit(municipality,
				new IntakeRequest(solution.title(), solution.description(), solution.name(), solution.email(),
						solution.publishPermission(), solution.language(), solution.residentId(), solution.staffId(),
						challenge.texts().unitId(), ORIGIN));
		jdbc.sql("""
				insert into challenge_solution (municipality_id, challenge_id, case_id, reference, title, submitted_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(municipality.id(), challengeId, receipt.caseId(), receipt.reference(), solution.title().strip(),
					Timestamps.of(now))
			.update();
		return receipt;
	}

}
