package se.medskapa.challenges;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.challenges.ChallengeViews.ChallengeDetail;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo municipality has a challenge open for solutions, with solutions, support and
 * a comment answered officially, and one being evaluated, scored by two staff members.
 */
@Tag("persistence")
class ChallengeDemoDataTests extends IntegrationTest {

	@Autowired
	Municipalities municipalities;

	@Autowired
	ChallengeViews views;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldGiveEveryDemoMunicipalityAnOpenAndAnEvaluatedChallenge() {
		for (String slug : List.of("boras", "umea", "pitea")) {
			Municipality municipality = municipalities.requireBySlug(slug);
			List<ChallengeDetail> challenges = views.publicList(municipality.id());
			assertThat(challenges).as(slug)
				.extracting(ChallengeDetail::status)
				.containsExactly(ChallengeStatus.PUBLISHED, ChallengeStatus.EVALUATING);
			assertThat(challenges).as(slug).extracting(ChallengeDetail::solutionCount).containsExactly(2, 1);
			assertThat(count("""
					select count(*) from participation_comment
					where municipality_id = ? and item_kind = 'CHALLENGE' and official""", municipality.id()))
				.as(slug + ": official answers")
				.isEqualTo(1);
			assertThat(count("""
					select count(distinct sc.staff_id) from challenge_score sc where sc.municipality_id = ?""",
					municipality.id()))
				.as(slug + ": evaluators")
				.isEqualTo(2);
			assertThat(count(
					"select count(*) from participation_support where municipality_id = ? and item_kind = 'CHALLENGE'",
					municipality.id()))
				.as(slug + ": supports")
				.isEqualTo(1);
		}
	}

	private int count(String sql, long municipalityId) {
		return jdbc.sql(sql).param(municipalityId).query(Integer.class).single();
	}

}
