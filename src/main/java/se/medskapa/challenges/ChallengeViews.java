package se.medskapa.challenges;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.cases.intake.CaseGateway;
import se.medskapa.cases.intake.PublishedCase;
import se.medskapa.shared.Timestamps;
import se.medskapa.shared.WorkingDays;

/**
 * Read models of challenges per audience: the public list and page (published solutions
 * only, the decision once made), and the staff page with every solution and the scores
 * side by side (staff of the municipality who may see it only).
 */
@Service
public class ChallengeViews {

	private static final String DETAIL = """
			select c.*, u.name as unit_name,
			       (select count(*) from challenge_solution s where s.challenge_id = c.id and s.municipality_id = c.municipality_id) as solution_count
			from challenge c join unit u on u.id = c.unit_id and u.municipality_id = c.municipality_id
			""";

	private static final String ORDER = " order by case c.status when 'PUBLISHED' then 0 when 'EVALUATING' then 1"
			+ " when 'DECIDED' then 2 else 3 end, c.deadline, c.id";

	private final JdbcClient jdbc;

	private final ChallengePermissions permissions;

	private final CaseGateway cases;

	private final Clock clock;

	ChallengeViews(JdbcClient jdbc, ChallengePermissions permissions, CaseGateway cases, Clock clock) {
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.cases = cases;
		this.clock = clock;
	}

	/**
	 * The municipality's challenges the public sees: open first, then evaluating, then
	 * decided.
	 */
	public List<ChallengeDetail> publicList(long municipalityId) {
		return jdbc.sql(DETAIL + " where c.municipality_id = ? and c.status <> 'DRAFT'" + ORDER)
			.param(municipalityId)
			.query(this::detail)
			.list();
	}

	/**
	 * The address of a challenge's public page, e.g. for a link in another module's mail.
	 */
	public static String publicPath(String municipalitySlug, long challengeId) {
		return "/" + municipalitySlug + "/challenges/" + challengeId;
	}

	/** Every challenge of the municipality, drafts too, for its staff. */
	public List<ChallengeDetail> staffList(long municipalityId) {
		return jdbc.sql(DETAIL + " where c.municipality_id = ?" + ORDER)
			.param(municipalityId)
			.query(this::detail)
			.list();
	}

	/** A challenge the public may see, with its published solutions. */
	public Optional<PublicChallenge> publicChallenge(long municipalityId, long challengeId) {
		return find(municipalityId, challengeId).filter(c -> c.status() != ChallengeStatus.DRAFT).map(challenge -> {
			List<SolutionRow> rows = solutions(municipalityId, challengeId);
			Map<Long, PublishedCase> published = cases.published(municipalityId,
					rows.stream().map(SolutionRow::caseId).toList());
			boolean decided = challenge.status() == ChallengeStatus.DECIDED;
			List<PublicSolution> shown = rows.stream().filter(row -> published.containsKey(row.caseId())).map(row -> {
				PublishedCase p = published.get(row.caseId());
				return new PublicSolution(row.caseId(), p.reference(), p.title(), p.description(), p.supportCount(),
						decided ? row.outcome() : null, decided ? row.outcomeReason() : null);
			}).toList();
			long forward = decided ? rows.stream().filter(row -> row.outcome() == Outcome.FORWARD).count() : 0;
			return new PublicChallenge(challenge, shown, (int) forward);
		});
	}

	/** The staff page, for staff who may see the challenge. */
	public Optional<StaffChallenge> staffChallenge(StaffPrincipal actor, long municipalityId, long challengeId) {
		return find(municipalityId, challengeId).map(challenge -> {
			Set<ChallengeAction> actions = permissions.allowed(actor, municipalityId, challenge.texts().unitId(),
					challenge.status());
			if (!actions.contains(ChallengeAction.VIEW)) {
				throw new ChallengeAccessDeniedException();
			}
			List<SolutionRow> rows = solutions(municipalityId, challengeId);
			Map<Long, List<Score>> scores = new LinkedHashMap<>();
			rows.forEach(row -> scores.put(row.id(), new ArrayList<>()));
			jdbc.sql("""
					select sc.solution_id, sc.staff_id, st.display_name, sc.criterion, sc.score, sc.comment
					from challenge_score sc
					join challenge_solution s on s.id = sc.solution_id and s.municipality_id = sc.municipality_id
					join staff_account st on st.id = sc.staff_id and st.municipality_id = sc.municipality_id
					where sc.municipality_id = ? and s.challenge_id = ?
					order by sc.solution_id, st.display_name, sc.staff_id, sc.criterion""")
				.params(municipalityId, challengeId)
				.query((rs, n) -> Map.entry(rs.getLong("solution_id"),
						new Score(rs.getLong("staff_id"), rs.getString("display_name"), rs.getInt("criterion"),
								rs.getInt("score"), rs.getString("comment"))))
				.list()
				.forEach(entry -> scores.get(entry.getKey()).add(entry.getValue()));
			List<StaffSolution> solutions = rows.stream()
				.map(row -> new StaffSolution(row.id(), row.caseId(), row.reference(), row.title(), row.shortlisted(),
						row.outcome(), row.outcomeReason(), scores.get(row.id())))
				.toList();
			return new StaffChallenge(challenge, actions, solutions);
		});
	}

	private Optional<ChallengeDetail> find(long municipalityId, long challengeId) {
		return jdbc.sql(DETAIL + " where c.municipality_id = ? and c.id = ?")
			.params(municipalityId, challengeId)
			.query(this::detail)
			.optional();
	}

	private List<SolutionRow> solutions(long municipalityId, long challengeId) {
		return jdbc.sql("""
				select id, case_id, reference, title, shortlisted, outcome, outcome_reason from challenge_solution
				where municipality_id = ? and challenge_id = ? order by id""")
			.params(municipalityId, challengeId)
			.query((rs, n) -> new SolutionRow(rs.getLong("id"), rs.getLong("case_id"), rs.getString("reference"),
					rs.getString("title"), rs.getBoolean("shortlisted"),
					rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
					rs.getString("outcome_reason")))
			.list();
	}

	private ChallengeDetail detail(ResultSet rs, int row) throws SQLException {
		Challenge challenge = Challenges.challenge(rs, row);
		LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDays.SWEDEN);
		return new ChallengeDetail(challenge.id(), challenge.status(), challenge.texts(),
				challenge.texts().criteriaList(), rs.getString("unit_name"), challenge.publishedAt(),
				challenge.updatedAt(), challenge.decidedAt(), challenge.decisionSummary(), rs.getInt("solution_count"),
				challenge.acceptsSolutions(today));
	}

	private record SolutionRow(long id, long caseId, String reference, String title, boolean shortlisted,
			Outcome outcome, String outcomeReason) {
	}

	/** A challenge as every page shows it. */
	public record ChallengeDetail(long id, ChallengeStatus status, ChallengeDraft texts, List<String> criteria,
			String unitName, Instant publishedAt, Instant updatedAt, Instant decidedAt, String decisionSummary,
			int solutionCount, boolean acceptsSolutions) {
	}

	/** A published solution; outcome and reason once the challenge is decided. */
	public record PublicSolution(long caseId, String reference, String title, String description, int supportCount,
			Outcome outcome, String outcomeReason) {
	}

	/** The public page: the challenge, its published solutions, how many go forward. */
	public record PublicChallenge(ChallengeDetail challenge, List<PublicSolution> solutions, int forwardCount) {
	}

	/** One staff member's score of one criterion. */
	public record Score(long staffId, String staffName, int criterion, int score, String comment) {
	}

	/** A solution on the staff page, with every score. */
	public record StaffSolution(long id, long caseId, String reference, String title, boolean shortlisted,
			Outcome outcome, String outcomeReason, List<Score> scores) {

		/** The scores of one criterion (numbered from 1), side by side. */
		public List<Score> of(int criterion) {
			return scores.stream().filter(score -> score.criterion() == criterion).toList();
		}

		/** The mean of every score, or {@code null} for none. */
		public Double average() {
			return scores.isEmpty() ? null : scores.stream().mapToInt(Score::score).average().orElse(0);
		}

	}

	/** The staff page: what the actor may do, every solution with its scores. */
	public record StaffChallenge(ChallengeDetail challenge, Set<ChallengeAction> actions,
			List<StaffSolution> solutions) {

		public boolean may(String action) {
			return actions.contains(ChallengeAction.valueOf(action));
		}

	}

}
