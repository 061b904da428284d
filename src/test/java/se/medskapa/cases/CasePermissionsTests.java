package se.medskapa.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.TestPrincipals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static se.medskapa.cases.CaseFileTests.CONTACT;
import static se.medskapa.cases.CaseFileTests.MUNICIPALITY;
import static se.medskapa.cases.CaseFileTests.OTHER_UNIT;
import static se.medskapa.cases.CaseFileTests.UNIT;
import static se.medskapa.cases.CaseFileTests.caseIn;

/**
 * Who may do what with a case, without Spring or a database: role × membership of the
 * case's unit × status, each cell written out as the set of actions the staff page and
 * API offer.
 */
class CasePermissionsTests {

	static final String QUEUED = "RECEIVED";

	static final String WITH_UNIT = "WITH_UNIT INVESTIGATING PLANNED PILOTED";

	static final String CLOSED = "IMPLEMENTED DECLINED FORWARDED ANSWERED MERGED WITHDRAWN";

	static final String CLOSED_BUT_WITHDRAWN = "IMPLEMENTED DECLINED FORWARDED ANSWERED MERGED";

	static final String RECORDS = "VIEW NOTE REGISTRY_NUMBER";

	static final String RESPONSIBLE = "CHANGE_STATUS MESSAGE HAND_OVER RETURN FORWARD";

	/** The staff members of the matrix, with their roles and units. */
	enum Actor {

		COACH(Set.of(StaffRole.IDEA_COACH), List.of()), HANDLER_OF_UNIT(Set.of(StaffRole.HANDLER), List.of(UNIT)),
		HANDLER_OF_OTHER_UNIT(Set.of(StaffRole.HANDLER), List.of(OTHER_UNIT)),
		UNIT_LEAD(Set.of(StaffRole.UNIT_LEAD), List.of(UNIT)), ADMIN(Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of()),
		MEMBER_WITHOUT_HANDLER_ROLE(Set.of(), List.of(UNIT)),
		/** The case's contact, no longer a member of its unit. */
		CONTACT_OUTSIDE_UNIT(Set.of(StaffRole.HANDLER), List.of()),
		COACH_OF_OTHER_MUNICIPALITY(Set.of(StaffRole.IDEA_COACH), List.of());

		final Set<StaffRole> roles;

		final List<Long> unitIds;

		Actor(Set<StaffRole> roles, List<Long> unitIds) {
			this.roles = roles;
			this.unitIds = unitIds;
		}

		StaffPrincipal principal() {
			long id = this == CONTACT_OUTSIDE_UNIT ? CONTACT : 200 + ordinal();
			long municipality = this == COACH_OF_OTHER_MUNICIPALITY ? MUNICIPALITY + 1 : MUNICIPALITY;
			return TestPrincipals.staff(id, municipality, roles);
		}

	}

	static Stream<Arguments> matrix() {
		return Stream.of(row(Actor.COACH, QUEUED, RECORDS + " ROUTE ANSWER PUBLISH FORWARD MERGE"),
				row(Actor.COACH, WITH_UNIT, RECORDS + " PUBLISH MERGE " + RESPONSIBLE),
				row(Actor.COACH, CLOSED_BUT_WITHDRAWN, RECORDS + " PUBLISH"), row(Actor.COACH, "WITHDRAWN", RECORDS),
				row(Actor.HANDLER_OF_UNIT, QUEUED, ""),
				row(Actor.HANDLER_OF_UNIT, WITH_UNIT, RECORDS + " TAKE " + RESPONSIBLE),
				row(Actor.HANDLER_OF_UNIT, CLOSED, RECORDS), row(Actor.HANDLER_OF_OTHER_UNIT, QUEUED, ""),
				row(Actor.HANDLER_OF_OTHER_UNIT, WITH_UNIT, ""), row(Actor.HANDLER_OF_OTHER_UNIT, CLOSED, ""),
				row(Actor.UNIT_LEAD, QUEUED, ""),
				row(Actor.UNIT_LEAD, WITH_UNIT, RECORDS + " TAKE ASSIGN " + RESPONSIBLE),
				row(Actor.UNIT_LEAD, CLOSED, RECORDS), row(Actor.ADMIN, QUEUED, RECORDS),
				row(Actor.ADMIN, WITH_UNIT, RECORDS), row(Actor.ADMIN, CLOSED, RECORDS),
				row(Actor.MEMBER_WITHOUT_HANDLER_ROLE, QUEUED, ""),
				row(Actor.MEMBER_WITHOUT_HANDLER_ROLE, WITH_UNIT, RECORDS),
				row(Actor.MEMBER_WITHOUT_HANDLER_ROLE, CLOSED, RECORDS), row(Actor.CONTACT_OUTSIDE_UNIT, QUEUED, ""),
				row(Actor.CONTACT_OUTSIDE_UNIT, WITH_UNIT, RECORDS), row(Actor.CONTACT_OUTSIDE_UNIT, CLOSED, RECORDS),
				row(Actor.COACH_OF_OTHER_MUNICIPALITY, QUEUED, ""),
				row(Actor.COACH_OF_OTHER_MUNICIPALITY, WITH_UNIT, ""),
				row(Actor.COACH_OF_OTHER_MUNICIPALITY, CLOSED, ""))
			.flatMap(arguments -> arguments);
	}

	/** One row per status of the group, all expecting the same actions. */
	static Stream<Arguments> row(Actor actor, String statuses, String actions) {
		Set<CaseAction> expected = actions.isBlank() ? EnumSet.noneOf(CaseAction.class)
				: Arrays.stream(actions.trim().split(" +"))
					.map(CaseAction::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseAction.class)));
		return Arrays.stream(statuses.split(" "))
			.map(status -> Arguments.of(actor, CaseStatus.valueOf(status), expected));
	}

	@ParameterizedTest(name = "{0} on {1}: {2}")
	@MethodSource("matrix")
	void shouldAllowEachActorExactlyTheActionsOfTheMatrix(Actor actor, CaseStatus status, Set<CaseAction> expected) {
		assertThat(CasePermissions.allowed(actor.principal(), caseIn(status), actor.unitIds)).isEqualTo(expected);
	}

	@Test
	void shouldCoverEveryActorAndStatusInTheMatrix() {
		assertThat(matrix()).hasSize(Actor.values().length * CaseStatus.values().length);
	}

	@Test
	void shouldNotOfferAUnitMemberWithoutHandlerOrLeadRoleToTakeTheCase() {
		Actor member = Actor.MEMBER_WITHOUT_HANDLER_ROLE;

		assertThat(CasePermissions.allowed(member.principal(), CaseFileTests.withUnitWithoutContact(), member.unitIds))
			.doesNotContain(CaseAction.TAKE)
			.doesNotContain(CaseAction.HAND_OVER);
	}

	/**
	 * F16: a member of the unit without handler or lead role (a role taken away, an admin
	 * placed in the unit) sees the case and keeps notes, but cannot act on it; the facade
	 * refuses what the page no longer offers.
	 */
	@Test
	void shouldRefuseTheCaseWorkToAUnitMemberWithoutHandlerOrLeadRole() {
		StaffDirectory staff = mock(StaffDirectory.class);
		StaffPrincipal withoutRole = Actor.MEMBER_WITHOUT_HANDLER_ROLE.principal();
		StaffPrincipal adminInUnit = TestPrincipals.staff(300, MUNICIPALITY, Set.of(StaffRole.MUNICIPALITY_ADMIN));
		when(staff.unitIdsOf(MUNICIPALITY, withoutRole.id())).thenReturn(List.of(UNIT));
		when(staff.unitIdsOf(MUNICIPALITY, adminInUnit.id())).thenReturn(List.of(UNIT));
		CasePermissions permissions = new CasePermissions(staff);
		CaseFile withUnit = caseIn(CaseStatus.INVESTIGATING);

		for (StaffPrincipal actor : List.of(withoutRole, adminInUnit)) {
			for (CaseAction action : List.of(CaseAction.CHANGE_STATUS, CaseAction.MESSAGE, CaseAction.HAND_OVER,
					CaseAction.RETURN, CaseAction.FORWARD, CaseAction.TAKE)) {
				assertThatThrownBy(() -> permissions.require(action, actor, withUnit))
					.as("%s for %s", action, actor.roles())
					.isInstanceOf(CaseAccessDeniedException.class);
			}
			assertThatNoException().isThrownBy(() -> permissions.require(CaseAction.NOTE, actor, withUnit));
		}
	}

	/** F16: the resident's withdrawal stands; a coach can no longer publish the case. */
	@Test
	void shouldNotLetACoachPublishACaseTheResidentWithdrew() {
		CaseFile withdrawn = caseIn(CaseStatus.WITHDRAWN);

		assertThat(CasePermissions.allowed(Actor.COACH.principal(), withdrawn, List.of()))
			.doesNotContain(CaseAction.PUBLISH);
		assertThatThrownBy(() -> withdrawn.publish(1, "Titel", "Beskrivning")).isInstanceOfSatisfying(
				InvalidCaseActionException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("case.error.withdrawnNotPublishable"));
		assertThatNoException().isThrownBy(() -> caseIn(CaseStatus.IMPLEMENTED).publish(1, "Titel", "Beskrivning"));
	}

	@Test
	void shouldNotOfferInvestigatingOrAnsweredForAPilotedCase() {
		CaseFile piloted = caseIn(CaseStatus.PILOTED);

		assertThat(CasePermissions.allowed(Actor.HANDLER_OF_UNIT.principal(), piloted, List.of(UNIT)))
			.contains(CaseAction.CHANGE_STATUS);
		assertThat(CaseLifecycle.statusTargets(piloted)).containsExactlyInAnyOrder(CaseStatus.PLANNED,
				CaseStatus.IMPLEMENTED, CaseStatus.DECLINED);
	}

	@Test
	void shouldNotOfferAStatusChangeBeforeSomeoneTookTheCase() {
		assertThat(CasePermissions.allowed(Actor.HANDLER_OF_UNIT.principal(), CaseFileTests.withUnitWithoutContact(),
				List.of(UNIT)))
			.doesNotContain(CaseAction.CHANGE_STATUS)
			.contains(CaseAction.TAKE, CaseAction.MESSAGE);
	}

	@Test
	void shouldNotOfferTheContactToTakeTheCaseAgain() {
		StaffPrincipal contact = TestPrincipals.staff(CONTACT, MUNICIPALITY, Set.of(StaffRole.HANDLER));

		assertThat(CasePermissions.allowed(contact, caseIn(CaseStatus.WITH_UNIT), List.of(UNIT)))
			.doesNotContain(CaseAction.TAKE)
			.contains(CaseAction.CHANGE_STATUS);
	}

	@Test
	void shouldRefuseOnRoleOrUnitButLeaveStateRefusalsToTheCase() {
		StaffDirectory staff = mock(StaffDirectory.class);
		StaffPrincipal handler = Actor.HANDLER_OF_UNIT.principal();
		StaffPrincipal otherHandler = Actor.HANDLER_OF_OTHER_UNIT.principal();
		when(staff.unitIdsOf(MUNICIPALITY, handler.id())).thenReturn(List.of(UNIT));
		when(staff.unitIdsOf(MUNICIPALITY, otherHandler.id())).thenReturn(List.of(OTHER_UNIT));
		CasePermissions permissions = new CasePermissions(staff);
		CaseFile closed = caseIn(CaseStatus.IMPLEMENTED);

		assertThatNoException().isThrownBy(() -> permissions.require(CaseAction.CHANGE_STATUS, handler, closed));
		assertThatThrownBy(() -> permissions.require(CaseAction.CHANGE_STATUS, otherHandler, closed))
			.isInstanceOf(CaseAccessDeniedException.class);
		assertThatThrownBy(() -> permissions.require(CaseAction.ROUTE, handler, closed))
			.isInstanceOf(CaseAccessDeniedException.class);
		assertThat(permissions.allowed(handler, closed))
			.isEqualTo(EnumSet.of(CaseAction.VIEW, CaseAction.NOTE, CaseAction.REGISTRY_NUMBER));
	}

	@Test
	void shouldLetOnlyCoachesAndAdminsOfTheMunicipalityExport() {
		assertThat(
				Stream.of(Actor.values()).filter(actor -> CasePermissions.mayExport(actor.principal(), MUNICIPALITY)))
			.containsExactlyInAnyOrder(Actor.COACH, Actor.ADMIN);
		assertThatThrownBy(() -> CasePermissions.requireExport(Actor.HANDLER_OF_UNIT.principal(), MUNICIPALITY))
			.isInstanceOf(CaseAccessDeniedException.class);
	}

}
