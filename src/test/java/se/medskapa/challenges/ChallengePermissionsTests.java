package se.medskapa.challenges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.TestPrincipals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.medskapa.challenges.ChallengeAction.DECIDE;
import static se.medskapa.challenges.ChallengeAction.EDIT;
import static se.medskapa.challenges.ChallengeAction.EVALUATE;
import static se.medskapa.challenges.ChallengeAction.PUBLISH;
import static se.medskapa.challenges.ChallengeAction.SHORTLIST;
import static se.medskapa.challenges.ChallengeAction.START_EVALUATION;
import static se.medskapa.challenges.ChallengeAction.VIEW;

/**
 * Who may do what with a challenge, and what its state allows, without Spring or a
 * database: role × membership of the challenge's unit × status.
 */
class ChallengePermissionsTests {

	static final long MUNICIPALITY = 7;

	static final long UNIT = 70;

	static final long OTHER_UNIT = 71;

	static Set<ChallengeAction> allowed(Set<StaffRole> roles, List<Long> units, long municipality,
			ChallengeStatus status) {
		StaffPrincipal actor = TestPrincipals.staff(300, municipality, roles);
		return ChallengePermissions.allowed(actor, MUNICIPALITY, UNIT, status, units);
	}

	@Test
	void shouldLetTheUnitLeadCoachesAndAdminsRunTheChallengeThroughItsSteps() {
		for (Set<StaffRole> roles : List.of(Set.of(StaffRole.IDEA_COACH), Set.of(StaffRole.MUNICIPALITY_ADMIN))) {
			assertThat(allowed(roles, List.of(), MUNICIPALITY, ChallengeStatus.DRAFT)).containsExactlyInAnyOrder(VIEW,
					EDIT, PUBLISH);
		}
		List<Long> inUnit = List.of(UNIT);
		Set<StaffRole> lead = Set.of(StaffRole.UNIT_LEAD);
		assertThat(allowed(lead, inUnit, MUNICIPALITY, ChallengeStatus.DRAFT)).containsExactlyInAnyOrder(VIEW, EDIT,
				PUBLISH);
		assertThat(allowed(lead, inUnit, MUNICIPALITY, ChallengeStatus.PUBLISHED)).containsExactlyInAnyOrder(VIEW, EDIT,
				EVALUATE, START_EVALUATION, SHORTLIST);
		assertThat(allowed(lead, inUnit, MUNICIPALITY, ChallengeStatus.EVALUATING)).containsExactlyInAnyOrder(VIEW,
				EDIT, EVALUATE, SHORTLIST, DECIDE);
		assertThat(allowed(lead, inUnit, MUNICIPALITY, ChallengeStatus.DECIDED)).containsExactly(VIEW);
	}

	@Test
	void shouldLetAHandlerOfTheUnitSeeAndScoreButNotDecide() {
		assertThat(allowed(Set.of(StaffRole.HANDLER), List.of(UNIT), MUNICIPALITY, ChallengeStatus.EVALUATING))
			.containsExactlyInAnyOrder(VIEW, EVALUATE);
		assertThat(allowed(Set.of(StaffRole.HANDLER), List.of(UNIT), MUNICIPALITY, ChallengeStatus.DRAFT))
			.containsExactly(VIEW);
	}

	@Test
	void shouldLetStaffOfAnotherUnitOrMunicipalityDoNothing() {
		assertThat(allowed(Set.of(StaffRole.UNIT_LEAD), List.of(OTHER_UNIT), MUNICIPALITY, ChallengeStatus.EVALUATING))
			.isEmpty();
		for (ChallengeStatus status : ChallengeStatus.values()) {
			assertThat(allowed(EnumSet.allOf(StaffRole.class), List.of(UNIT), MUNICIPALITY + 1, status))
				.as("a member of every role, of another municipality, on a " + status + " challenge")
				.isEmpty();
		}
	}

	@Test
	void shouldMoveThroughDraftPublishedEvaluatingDecidedAndLogEditsOnlyAfterPublication() {
		LocalDate today = LocalDate.of(2026, 12, 1);
		Instant now = Instant.parse("2026-12-01T10:00:00Z");
		Challenge challenge = Challenge.draft(MUNICIPALITY, draft(today.plusDays(10)));
		assertThat(challenge.acceptsSolutions(today)).isFalse();
		challenge.edit(draft(today.plusDays(12)), now);
		assertThat(challenge.editedAfterPublication()).as("a draft's edit").isFalse();
		assertThatThrownBy(challenge::startEvaluation).isInstanceOf(ChallengeRefusedException.class);

		challenge.publish(now, today);
		assertThat(challenge.acceptsSolutions(today)).isTrue();
		assertThat(challenge.acceptsSolutions(today.plusDays(12))).as("on the last day").isTrue();
		assertThat(challenge.acceptsSolutions(today.plusDays(13))).as("after the last day").isFalse();
		challenge.edit(draft(today.plusDays(14)), now.plusSeconds(60));
		assertThat(challenge.editedAfterPublication()).isTrue();
		assertThat(challenge.updatedAt()).isEqualTo(now.plusSeconds(60));

		challenge.startEvaluation();
		assertThat(challenge.acceptsSolutions(today)).isFalse();
		assertThatThrownBy(() -> challenge.decide(" ", now)).isInstanceOf(ChallengeRefusedException.class)
			.hasMessage("challenge.error.summaryRequired");
		challenge.decide("Två förslag går vidare till en pilot.", now);
		assertThat(challenge.status()).isEqualTo(ChallengeStatus.DECIDED);
		assertThatThrownBy(() -> challenge.edit(draft(today), now)).hasMessage("challenge.error.decided");
	}

	@Test
	void shouldRefuseToPublishWithADeadlineInThePast() {
		LocalDate today = LocalDate.of(2026, 12, 1);
		Challenge challenge = Challenge.draft(MUNICIPALITY, draft(today.minusDays(1)));
		assertThatThrownBy(() -> challenge.publish(Instant.now(), today)).hasMessage("challenge.error.deadlinePassed");
	}

	static ChallengeDraft draft(LocalDate deadline) {
		return new ChallengeDraft(UNIT, "Tryggare skolväg", "Mörkt och halt.", "Elever", "Fler går\nBilligt",
				"En pilot", deadline, "Enhetschefen", null);
	}

}
