package se.medskapa.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The aggregate on its own, without Spring or a database: every guarded method, every
 * status pair, and that {@link CaseLifecycle#possibleActions} says exactly what the
 * guarded methods accept.
 */
class CaseFileTests {

	static final long MUNICIPALITY = 1;

	static final long UNIT = 10;

	static final long OTHER_UNIT = 11;

	static final long CONTACT = 100;

	static final long OTHER_STAFF = 101;

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	/** The transitions the sluice allows, written out independently of the code. */
	static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(CaseStatus.WITH_UNIT,
			EnumSet.of(CaseStatus.INVESTIGATING, CaseStatus.PLANNED, CaseStatus.PILOTED, CaseStatus.IMPLEMENTED,
					CaseStatus.DECLINED, CaseStatus.ANSWERED),
			CaseStatus.INVESTIGATING,
			EnumSet.of(CaseStatus.PLANNED, CaseStatus.PILOTED, CaseStatus.IMPLEMENTED, CaseStatus.DECLINED,
					CaseStatus.ANSWERED),
			CaseStatus.PLANNED,
			EnumSet.of(CaseStatus.INVESTIGATING, CaseStatus.PILOTED, CaseStatus.IMPLEMENTED, CaseStatus.DECLINED),
			CaseStatus.PILOTED, EnumSet.of(CaseStatus.PLANNED, CaseStatus.IMPLEMENTED, CaseStatus.DECLINED));

	/**
	 * A stored case in the given status, as the handling leaves it: in the coach queue
	 * without unit or contact, otherwise with a unit and a contact; closed when the
	 * status closes it.
	 */
	static CaseFile caseIn(CaseStatus status) {
		boolean queued = status == CaseStatus.RECEIVED;
		return stored(1, status, queued ? null : UNIT, queued ? null : CONTACT, false, true);
	}

	static CaseFile stored(long id, CaseStatus status, Long unitId, Long contactId, boolean internal,
			boolean publishPermission) {
		return CaseFile.restore(new CaseFileState(id, MUNICIPALITY, "T-2026-0000" + id, CaseKind.IDEA, internal,
				publishPermission, 3, status, unitId, contactId, null, false, null, null, 0, null, null,
				status.isClosed() ? NOW : null, null, null, null));
	}

	static CaseFile withUnitWithoutContact() {
		return stored(1, CaseStatus.WITH_UNIT, UNIT, null, false, true);
	}

	@Test
	void shouldRecordTheSubmissionOfANewCaseInTheCoachQueue() {
		CaseFile file = CaseFile.submitted(MUNICIPALITY, "T-2026-00001", CaseKind.IDEA, false, true, 5L, null);

		assertThat(file.status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(file.state().categoryId()).isEqualTo(5L);
		assertThat(file.state().publishPermission()).isTrue();
		assertThat(file.entries()).singleElement().satisfies(entry -> {
			assertThat(entry.type()).isEqualTo(CaseEventType.SUBMITTED);
			assertThat(entry.actorResident()).isTrue();
			assertThat(entry.toStatus()).isEqualTo(CaseStatus.RECEIVED);
		});
	}

	@Test
	void shouldNeverLetAnInternalIdeaBePublishedFromItsSubmission() {
		CaseFile file = CaseFile.submitted(MUNICIPALITY, "T-2026-00001", CaseKind.IDEA, true, true, null, 7L);

		assertThat(file.state().publishPermission()).isFalse();
		assertThat(file.entries().get(0).actorStaffId()).isEqualTo(7L);
		assertThat(file.entries().get(0).actorResident()).isFalse();
	}

	@Test
	void shouldRouteACaseFromTheCoachQueueToAUnitWithANewCategory() {
		CaseFile file = caseIn(CaseStatus.RECEIVED);

		file.route(CONTACT, UNIT, 9L, NOW);

		assertThat(file.status()).isEqualTo(CaseStatus.WITH_UNIT);
		assertThat(file.unitId()).isEqualTo(UNIT);
		assertThat(file.state().categoryId()).isEqualTo(9L);
		assertThat(types(file)).containsExactly(CaseEventType.ROUTED);
	}

	@Test
	void shouldRefuseToRouteACaseThatIsNoLongerInTheCoachQueue() {
		assertRefused(caseIn(CaseStatus.WITH_UNIT), file -> file.route(CONTACT, OTHER_UNIT, null, NOW),
				"case.error.invalidTransition");
	}

	@Test
	void shouldPublishOnceAndUnpublishWithOneEntryEach() {
		CaseFile file = caseIn(CaseStatus.WITH_UNIT);

		file.publish(CONTACT, " Titel ", "Text");
		file.publish(CONTACT, "Ny titel", "Text");
		file.unpublish(CONTACT);
		file.unpublish(CONTACT);

		assertThat(file.state().publicTitle()).isEqualTo("Ny titel");
		assertThat(file.state().published()).isFalse();
		assertThat(types(file)).containsExactly(CaseEventType.PUBLISHED, CaseEventType.UNPUBLISHED);
	}

	@Test
	void shouldRefuseToPublishWithoutPermissionOrText() {
		assertRefused(stored(1, CaseStatus.RECEIVED, null, null, true, true), file -> file.publish(CONTACT, "T", "D"),
				"case.error.noPublishPermission");
		assertRefused(stored(1, CaseStatus.RECEIVED, null, null, false, false), file -> file.publish(CONTACT, "T", "D"),
				"case.error.noPublishPermission");
		assertRefused(caseIn(CaseStatus.RECEIVED), file -> file.publish(CONTACT, " ", "D"),
				"case.error.publicTextRequired");
	}

	@Test
	void shouldMakeTheHandlerWhoTakesTheCaseItsContactAndAcknowledgeIt() {
		CaseFile file = withUnitWithoutContact();

		file.take(OTHER_STAFF, NOW);

		assertThat(file.contactStaffId()).isEqualTo(OTHER_STAFF);
		assertThat(file.state().acknowledgedAt()).isEqualTo(NOW);
		assertThat(types(file)).containsExactly(CaseEventType.TAKEN);
	}

	@Test
	void shouldRefuseToTakeACaseTwiceOrOutsideAUnit() {
		assertRefused(caseIn(CaseStatus.WITH_UNIT), file -> file.take(CONTACT, NOW), "case.error.alreadyYours");
		assertRefused(caseIn(CaseStatus.RECEIVED), file -> file.take(CONTACT, NOW), "case.error.notWithUnit");
		assertRefused(caseIn(CaseStatus.IMPLEMENTED), file -> file.take(OTHER_STAFF, NOW), "case.error.closed");
	}

	@Test
	void shouldLetTheLeadAssignAContact() {
		CaseFile file = withUnitWithoutContact();

		file.assign(CONTACT, OTHER_STAFF, NOW);

		assertThat(file.contactStaffId()).isEqualTo(OTHER_STAFF);
		assertThat(types(file)).containsExactly(CaseEventType.ASSIGNED);
		assertRefused(caseIn(CaseStatus.RECEIVED), other -> other.assign(CONTACT, OTHER_STAFF, NOW),
				"case.error.notWithUnit");
	}

	@Test
	void shouldHandOverToAnotherUnitWithANoteAndCountTheHop() {
		CaseFile file = caseIn(CaseStatus.PLANNED);

		file.handOver(CONTACT, OTHER_UNIT, " Deras fråga ");

		assertThat(file.unitId()).isEqualTo(OTHER_UNIT);
		assertThat(file.contactStaffId()).isNull();
		assertThat(file.status()).isEqualTo(CaseStatus.WITH_UNIT);
		assertThat(file.state().hops()).isEqualTo(1);
		assertThat(file.entries().get(0).internalNote()).isEqualTo("Deras fråga");
	}

	@Test
	void shouldRefuseAHandOverToTheSameUnitOrWithoutANote() {
		assertRefused(caseIn(CaseStatus.WITH_UNIT), file -> file.handOver(CONTACT, UNIT, "Note"),
				"case.error.sameUnit");
		assertRefused(caseIn(CaseStatus.WITH_UNIT), file -> file.handOver(CONTACT, OTHER_UNIT, " "),
				"case.error.noteRequired");
	}

	@Test
	void shouldReturnACaseToTheCoachQueueWithAReason() {
		CaseFile file = caseIn(CaseStatus.INVESTIGATING);

		file.returnToCoach(CONTACT, "Inte vår");

		assertThat(file.status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(file.unitId()).isNull();
		assertThat(file.contactStaffId()).isNull();
		assertThat(file.state().hops()).isEqualTo(1);
		assertThat(types(file)).containsExactly(CaseEventType.RETURNED_TO_COACH);
		assertRefused(caseIn(CaseStatus.WITH_UNIT), other -> other.returnToCoach(CONTACT, ""),
				"case.error.reasonRequired");
	}

	@Test
	void shouldKeepTheCaseInTheUnitQueueWhenTheContactLeaves() {
		CaseFile file = caseIn(CaseStatus.PLANNED);
		CaseFile withoutContact = withUnitWithoutContact();

		file.contactLeft();
		withoutContact.contactLeft();

		assertThat(file.contactStaffId()).isNull();
		assertThat(file.unitId()).isEqualTo(UNIT);
		assertThat(types(file)).containsExactly(CaseEventType.CONTACT_LEFT);
		assertThat(withoutContact.entries()).isEmpty();
	}

	static Stream<Arguments> statusPairs() {
		return Stream.of(CaseStatus.values())
			.flatMap(from -> Stream.of(CaseStatus.values()).map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("statusPairs")
	void shouldAllowExactlyTheTransitionsOfTheSluice(CaseStatus from, CaseStatus to) {
		CaseFile file = caseIn(from);
		Consumer<CaseFile> change = f -> f.changeStatus(CONTACT, to, "Besked", "Anteckning", NOW);

		if (ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
			change.accept(file);
			assertThat(file.status()).isEqualTo(to);
			assertThat(file.isOpen()).isEqualTo(!to.isClosed());
			assertThat(file.entries()).singleElement().satisfies(entry -> {
				assertThat(entry.fromStatus()).isEqualTo(from);
				assertThat(entry.toStatus()).isEqualTo(to);
			});
		}
		else {
			// An open case with a unit asked for the status it already has is told so.
			String key = from == CaseStatus.RECEIVED ? "case.error.notWithUnit" : from.isClosed() ? "case.error.closed"
					: from == to ? "case.error.statusUnchanged" : "case.error.invalidTransition";
			assertRefused(file, change, key);
		}
	}

	@ParameterizedTest
	@EnumSource(CaseStatus.class)
	void shouldOfferAsStatusTargetsExactlyTheTransitionsTheCaseAccepts(CaseStatus status) {
		assertThat(CaseLifecycle.statusTargets(caseIn(status))).isEqualTo(ALLOWED.getOrDefault(status, Set.of()));
	}

	@Test
	void shouldAskForAContactBeforeAStatusChange() {
		assertRefused(withUnitWithoutContact(), file -> file.changeStatus(CONTACT, CaseStatus.PLANNED, null, null, NOW),
				"case.error.takeFirst");
		assertThat(CaseLifecycle.statusTargets(withUnitWithoutContact())).isEmpty();
	}

	@Test
	void shouldAskForAReasonToDeclineAndAMessageToAnswer() {
		assertRefused(caseIn(CaseStatus.WITH_UNIT),
				file -> file.changeStatus(CONTACT, CaseStatus.DECLINED, " ", null, NOW),
				"case.error.declineReasonRequired");
		assertRefused(caseIn(CaseStatus.WITH_UNIT),
				file -> file.changeStatus(CONTACT, CaseStatus.ANSWERED, null, null, NOW), "case.error.messageRequired");
	}

	@Test
	void shouldCountAPublicMessageAsTheAnswer() {
		CaseFile file = caseIn(CaseStatus.INVESTIGATING);

		file.postPublicMessage(CONTACT, "Vi tittar på det", NOW);

		assertThat(file.state().answeredAt()).isEqualTo(NOW);
		assertThat(types(file)).containsExactly(CaseEventType.PUBLIC_MESSAGE);
		assertRefused(caseIn(CaseStatus.WITH_UNIT), other -> other.postPublicMessage(CONTACT, " ", NOW),
				"case.error.messageRequired");
		assertRefused(caseIn(CaseStatus.ANSWERED), other -> other.postPublicMessage(CONTACT, "Text", NOW),
				"case.error.closed");
	}

	@Test
	void shouldKeepInternalNotesOnEveryCaseButNotEmptyOnes() {
		CaseFile file = caseIn(CaseStatus.MERGED);

		file.addInternalNote(CONTACT, "Dubblett");

		assertThat(types(file)).containsExactly(CaseEventType.INTERNAL_NOTE);
		assertRefused(caseIn(CaseStatus.RECEIVED), other -> other.addInternalNote(CONTACT, ""),
				"case.error.noteRequired");
	}

	@Test
	void shouldLetTheCoachAnswerFromTheQueueAndCloseTheCase() {
		CaseFile file = caseIn(CaseStatus.RECEIVED);

		file.answerDirectly(CONTACT, "Svar", NOW);

		assertThat(file.status()).isEqualTo(CaseStatus.ANSWERED);
		assertThat(file.contactStaffId()).isEqualTo(CONTACT);
		assertThat(file.isOpen()).isFalse();
		assertRefused(caseIn(CaseStatus.WITH_UNIT), other -> other.answerDirectly(CONTACT, "Svar", NOW),
				"case.error.invalidTransition");
		assertRefused(caseIn(CaseStatus.RECEIVED), other -> other.answerDirectly(CONTACT, "", NOW),
				"case.error.messageRequired");
	}

	@Test
	void shouldForwardToAnotherAuthorityAndClose() {
		CaseFile file = caseIn(CaseStatus.RECEIVED);

		file.forward(CONTACT, "Trafikverket", "Kontakta Trafikverket", NOW);

		assertThat(file.status()).isEqualTo(CaseStatus.FORWARDED);
		assertThat(file.state().forwardedTo()).isEqualTo("Trafikverket");
		assertThat(file.isOpen()).isFalse();
		assertRefused(caseIn(CaseStatus.WITH_UNIT), other -> other.forward(CONTACT, " ", "Text", NOW),
				"case.error.authorityRequired");
		assertRefused(caseIn(CaseStatus.WITH_UNIT), other -> other.forward(CONTACT, "Regionen", "", NOW),
				"case.error.messageRequired");
		assertRefused(caseIn(CaseStatus.DECLINED), other -> other.forward(CONTACT, "Regionen", "Text", NOW),
				"case.error.closed");
	}

	@Test
	void shouldMergeADuplicateIntoAnOpenCaseOfTheSameMunicipality() {
		CaseFile file = caseIn(CaseStatus.RECEIVED);
		CaseFile target = stored(2, CaseStatus.WITH_UNIT, UNIT, CONTACT, false, true);

		file.mergeInto(CONTACT, target, "Samma sak", NOW);

		assertThat(file.status()).isEqualTo(CaseStatus.MERGED);
		assertThat(file.state().mergedIntoId()).isEqualTo(2L);
		assertThat(file.isOpen()).isFalse();
	}

	@Test
	void shouldRefuseToMergeIntoItselfAnotherMunicipalityOrAClosedCase() {
		CaseFile foreign = CaseFile
			.restore(new CaseFileState(2, MUNICIPALITY + 1, "X-2026-00002", CaseKind.IDEA, false, true, 0,
					CaseStatus.RECEIVED, null, null, null, false, null, null, 0, null, null, null, null, null, null));
		assertRefused(caseIn(CaseStatus.RECEIVED), file -> file.mergeInto(CONTACT, file, null, NOW),
				"case.error.mergeTarget");
		assertRefused(caseIn(CaseStatus.RECEIVED), file -> file.mergeInto(CONTACT, foreign, null, NOW),
				"case.error.mergeTarget");
		assertRefused(caseIn(CaseStatus.RECEIVED),
				file -> file.mergeInto(CONTACT, stored(2, CaseStatus.ANSWERED, UNIT, CONTACT, false, true), null, NOW),
				"case.error.mergeTargetClosed");
		assertRefused(caseIn(CaseStatus.WITHDRAWN),
				file -> file.mergeInto(CONTACT, stored(2, CaseStatus.RECEIVED, null, null, false, true), null, NOW),
				"case.error.closed");
	}

	@Test
	void shouldLetTheResidentWithdrawAndReplyWhileTheCaseIsOpen() {
		CaseFile file = caseIn(CaseStatus.PLANNED);

		file.replyFromResident(" Tack ");
		file.withdrawByResident(NOW);

		assertThat(file.status()).isEqualTo(CaseStatus.WITHDRAWN);
		assertThat(file.entries()).extracting(CaseFileEntry::actorResident).containsExactly(true, true);
		assertThat(file.entries().get(0).residentMessage()).isEqualTo("Tack");
		assertRefused(caseIn(CaseStatus.WITHDRAWN), other -> other.withdrawByResident(NOW), "case.error.closed");
		assertRefused(caseIn(CaseStatus.ANSWERED), other -> other.replyFromResident("Hej"), "case.error.closed");
		assertRefused(caseIn(CaseStatus.WITH_UNIT), other -> other.replyFromResident(" "),
				"case.error.messageRequired");
	}

	@Test
	void shouldStoreATrimmedRegistryNumberOrNone() {
		CaseFile file = caseIn(CaseStatus.ANSWERED);

		file.setRegistryNumber(" KS 2026/12 ");
		assertThat(file.state().registryNumber()).isEqualTo("KS 2026/12");
		file.setRegistryNumber(" ");
		assertThat(file.state().registryNumber()).isNull();
	}

	/**
	 * Each staff action with valid input, so that only the case's state can refuse it.
	 */
	static final Map<CaseAction, Consumer<CaseFile>> ACTIONS = Map.ofEntries(
			Map.entry(CaseAction.ROUTE, file -> file.route(OTHER_STAFF, OTHER_UNIT, null, NOW)),
			Map.entry(CaseAction.ANSWER, file -> file.answerDirectly(OTHER_STAFF, "Svar", NOW)),
			Map.entry(CaseAction.PUBLISH, file -> file.publish(OTHER_STAFF, "Titel", "Text")),
			Map.entry(CaseAction.TAKE, file -> file.take(OTHER_STAFF, NOW)),
			Map.entry(CaseAction.ASSIGN, file -> file.assign(OTHER_STAFF, CONTACT, NOW)),
			Map.entry(CaseAction.CHANGE_STATUS,
					file -> file.changeStatus(OTHER_STAFF,
							CaseLifecycle.statusTargets(file).isEmpty() ? CaseStatus.IMPLEMENTED
									: CaseLifecycle.statusTargets(file).iterator().next(),
							"Besked", null, NOW)),
			Map.entry(CaseAction.MESSAGE, file -> file.postPublicMessage(OTHER_STAFF, "Hej", NOW)),
			Map.entry(CaseAction.HAND_OVER, file -> file.handOver(OTHER_STAFF, OTHER_UNIT, "Deras")),
			Map.entry(CaseAction.RETURN, file -> file.returnToCoach(OTHER_STAFF, "Inte vår")),
			Map.entry(CaseAction.FORWARD, file -> file.forward(OTHER_STAFF, "Regionen", "Kontakta regionen", NOW)),
			Map.entry(CaseAction.MERGE,
					file -> file.mergeInto(OTHER_STAFF, stored(2, CaseStatus.RECEIVED, null, null, false, true),
							"Dubblett", NOW)),
			Map.entry(CaseAction.NOTE, file -> file.addInternalNote(OTHER_STAFF, "Anteckning")),
			Map.entry(CaseAction.REGISTRY_NUMBER, file -> file.setRegistryNumber("KS 1")));

	static Stream<Arguments> casesAndActions() {
		Stream<Arguments> byStatus = Stream.of(CaseStatus.values()).map(status -> Arguments.of(status.name(), status));
		Stream<Arguments> special = Stream.of(Arguments.of("WITH_UNIT without contact", null),
				Arguments.of("internal RECEIVED", null));
		return Stream.concat(byStatus, special)
			.flatMap(named -> ACTIONS.keySet()
				.stream()
				.map(action -> Arguments.of(named.get()[0], named.get()[1], action)));
	}

	@ParameterizedTest(name = "{0}: {2}")
	@MethodSource("casesAndActions")
	void shouldOfferAnActionExactlyWhenTheCaseAcceptsIt(String name, CaseStatus status, CaseAction action) {
		CaseFile file = status != null ? caseIn(status) : name.startsWith("internal")
				? stored(1, CaseStatus.RECEIVED, null, null, true, false) : withUnitWithoutContact();
		boolean offered = CaseLifecycle.possibleActions(file, OTHER_STAFF).contains(action);

		if (offered) {
			assertThatNoException().isThrownBy(() -> ACTIONS.get(action).accept(file));
		}
		else {
			assertThatThrownBy(() -> ACTIONS.get(action).accept(file)).isInstanceOf(InvalidCaseActionException.class);
		}
	}

	@Test
	void shouldNotOfferTheContactToTakeTheCaseAgain() {
		assertThat(CaseLifecycle.possibleActions(caseIn(CaseStatus.WITH_UNIT), CONTACT))
			.doesNotContain(CaseAction.TAKE);
		assertThat(CaseLifecycle.possibleActions(caseIn(CaseStatus.WITH_UNIT), OTHER_STAFF)).contains(CaseAction.TAKE);
	}

	private static List<CaseEventType> types(CaseFile file) {
		List<CaseEventType> types = new ArrayList<>();
		file.entries().forEach(entry -> types.add(entry.type()));
		return types;
	}

	private static void assertRefused(CaseFile file, Consumer<CaseFile> action, String messageKey) {
		assertThatThrownBy(() -> action.accept(file)).isInstanceOf(InvalidCaseActionException.class)
			.extracting(ex -> ((InvalidCaseActionException) ex).messageKey())
			.isEqualTo(messageKey);
	}

}
