package se.medskapa.cases;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.municipalities.Department;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The staff case page offers exactly what the facade accepts: for every status a case can
 * reach and every kind of staff member, the action forms on the page are the actor's
 * allowed actions, each offered action succeeds through {@link CaseHandling} (on a fresh
 * case in that state), and each action not offered is refused.
 */
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffCasePageActionsTests extends IntegrationTest {

	/** The form's last path segment on the page, and the action it performs. */
	static final Map<String, CaseAction> FORMS = Map.ofEntries(Map.entry("route", CaseAction.ROUTE),
			Map.entry("answer", CaseAction.ANSWER), Map.entry("publish", CaseAction.PUBLISH),
			Map.entry("unpublish", CaseAction.PUBLISH), Map.entry("take", CaseAction.TAKE),
			Map.entry("assign", CaseAction.ASSIGN), Map.entry("status", CaseAction.CHANGE_STATUS),
			Map.entry("message", CaseAction.MESSAGE), Map.entry("hand-over", CaseAction.HAND_OVER),
			Map.entry("return", CaseAction.RETURN), Map.entry("forward", CaseAction.FORWARD),
			Map.entry("merge", CaseAction.MERGE), Map.entry("note", CaseAction.NOTE),
			Map.entry("registry-number", CaseAction.REGISTRY_NUMBER));

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	StaffCaseViews views;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	Municipality municipality;

	Unit streets;

	Unit culture;

	final Map<String, TestStaff> staff = new LinkedHashMap<>();

	final Map<String, StaffPrincipal> principals = new HashMap<>();

	@BeforeAll
	void municipalityWithStaff() {
		String slug = "t" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
		municipality = municipalities.register(slug, "Testkommun " + slug, null, null, null, null);
		Department department = organisation.createDepartment(municipality.id(), "Förvaltningen");
		streets = organisation.createUnit(municipality.id(), department.id(), "Gator", null);
		culture = organisation.createUnit(municipality.id(), department.id(), "Kultur", null);
		staff.put("coach", staffMember(Set.of(StaffRole.IDEA_COACH), List.of()));
		staff.put("handler of the unit", staffMember(Set.of(StaffRole.HANDLER), List.of(streets.id())));
		staff.put("handler of another unit", staffMember(Set.of(StaffRole.HANDLER), List.of(culture.id())));
		staff.put("unit lead", staffMember(Set.of(StaffRole.UNIT_LEAD), List.of(streets.id())));
		staff.put("admin", staffMember(Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of()));
	}

	private StaffPrincipal principal(String name) {
		return principals.computeIfAbsent(name, key -> users.reload(staff.get(key).id()).orElseThrow());
	}

	private TestStaff staffMember(Set<StaffRole> roles, List<Long> unitIds) {
		return TestStaff.create(directory, users, municipality.id(), roles, unitIds);
	}

	/** The states a case reaches through the sluice, each as the steps that reach it. */
	enum State {

		RECEIVED, WITH_UNIT, WITH_UNIT_TAKEN, INVESTIGATING, PLANNED, PILOTED, IMPLEMENTED, DECLINED, ANSWERED,
		ANSWERED_BY_COACH, FORWARDED, MERGED, WITHDRAWN

	}

	static Stream<Arguments> statesAndActors() {
		return Stream.of(State.values())
			.flatMap(state -> Stream.of("coach", "handler of the unit", "handler of another unit", "unit lead", "admin")
				.map(actor -> Arguments.of(state, actor)));
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("statesAndActors")
	void shouldOfferOnThePageExactlyTheActionsTheFacadeAccepts(State state, String actorName) throws Exception {
		TestStaff actor = staff.get(actorName);
		StaffPrincipal principal = principal(actorName);
		String reference = caseIn(state);
		StaffCaseDetail detail = handling.canView(principal, municipality.id(), reference)
				? views.detail(principal, municipality.id(), reference).orElseThrow() : null;
		Set<CaseAction> allowed = detail == null ? Set.of() : detail.actions();

		Document page = page(actor, reference);
		Set<CaseAction> offered = offered(page, reference);

		assertThat(offered).isEqualTo(without(allowed, CaseAction.VIEW));
		if (offered.contains(CaseAction.CHANGE_STATUS)) {
			// The current status first, where the select starts (UX finding 5), then
			// the targets.
			assertThat(page.select("select[name=status] option").eachAttr("value"))
				.isEqualTo(Stream.concat(Stream.of(detail.status()), detail.statusTargets().stream())
					.map(CaseStatus::name)
					.toList());
		}
		for (CaseAction action : FORMS.values()) {
			if (offered.contains(action)) {
				String fresh = caseIn(state);
				assertThatNoException().as("%s offered to %s on %s", action, actorName, state)
					.isThrownBy(() -> perform(action, principal, fresh));
			}
			else {
				assertThatThrownBy(() -> perform(action, principal, reference))
					.as("%s not offered to %s on %s", action, actorName, state)
					.isInstanceOfAny(CaseAccessDeniedException.class, InvalidCaseActionException.class);
			}
		}
	}

	/** The staff case page as the actor gets it; an empty page when refused. */
	private Document page(TestStaff actor, String reference) throws Exception {
		MvcResult result = mvc.perform(get(path(reference)).with(actor.signedIn())).andReturn();
		if (result.getResponse().getStatus() == 403) {
			return Document.createShell("");
		}
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	/** The actions whose forms the page shows. */
	private Set<CaseAction> offered(Document page, String reference) {
		String path = path(reference);
		Set<CaseAction> offered = EnumSet.noneOf(CaseAction.class);
		page.select("form[method=post]").forEach(form -> {
			String action = form.attr("action");
			if (action.startsWith(path + "/")) {
				offered.add(FORMS.get(action.substring(path.length() + 1)));
			}
		});
		return offered;
	}

	private String path(String reference) {
		return "/" + municipality.slug() + "/staff/cases/" + reference;
	}

	/** Each action with valid input, so that only permission or state can refuse it. */
	private void perform(CaseAction action, StaffPrincipal actor, String reference) {
		long id = municipality.id();
		switch (action) {
			case ROUTE -> handling.routeCase(actor, id, reference, streets.id(), null, null);
			case ANSWER -> handling.answerCaseDirectly(actor, id, reference, "Svar");
			case PUBLISH -> handling.publishCase(actor, id, reference, new PublicVersion("Rubrik", "Text"));
			case TAKE -> handling.takeCase(actor, id, reference);
			case ASSIGN -> handling.assignCase(actor, id, reference, staff.get("handler of the unit").id());
			case CHANGE_STATUS ->
				handling.changeCaseStatus(actor, id, reference, statusTarget(reference), "Besked", null);
			case MESSAGE -> handling.postPublicMessage(actor, id, reference, "Hej");
			case HAND_OVER -> handling.handOverCase(actor, id, reference, culture.id(), "Deras fråga");
			case RETURN -> handling.returnCaseToCoach(actor, id, reference, "Inte vår");
			case FORWARD -> handling.forwardCase(actor, id, reference, "Regionen", "Kontakta regionen");
			case MERGE -> handling.mergeCase(actor, id, reference, submit().reference(), "Dubblett");
			case NOTE -> handling.addInternalNote(actor, id, reference, "Anteckning");
			case REGISTRY_NUMBER -> handling.setRegistryNumber(actor, id, reference, "KS 2026/1");
			default -> throw new IllegalArgumentException(action.name());
		}
	}

	/** The first status the case accepts now, or one it cannot (for a refusal). */
	private CaseStatus statusTarget(String reference) {
		StaffPrincipal coach = principal("coach");
		List<CaseStatus> targets = views.detail(coach, municipality.id(), reference).orElseThrow().statusTargets();
		return targets.isEmpty() ? CaseStatus.IMPLEMENTED : targets.get(0);
	}

	/** A fresh case brought to the state through the facade. */
	private String caseIn(State state) {
		SubmittedCase submitted = submit();
		String reference = submitted.reference();
		long id = municipality.id();
		StaffPrincipal coach = principal("coach");
		StaffPrincipal handler = principal("handler of the unit");
		Consumer<CaseStatus> taken = status -> {
			handling.routeCase(coach, id, reference, streets.id(), null, null);
			handling.takeCase(handler, id, reference);
			if (status != CaseStatus.WITH_UNIT) {
				handling.changeCaseStatus(handler, id, reference, status, "Besked", null);
			}
		};
		switch (state) {
			case RECEIVED -> {
			}
			case WITH_UNIT -> handling.routeCase(coach, id, reference, streets.id(), null, null);
			case WITH_UNIT_TAKEN -> taken.accept(CaseStatus.WITH_UNIT);
			case INVESTIGATING -> taken.accept(CaseStatus.INVESTIGATING);
			case PLANNED -> taken.accept(CaseStatus.PLANNED);
			case PILOTED -> taken.accept(CaseStatus.PILOTED);
			case IMPLEMENTED -> taken.accept(CaseStatus.IMPLEMENTED);
			case DECLINED -> taken.accept(CaseStatus.DECLINED);
			case ANSWERED -> taken.accept(CaseStatus.ANSWERED);
			case ANSWERED_BY_COACH -> handling.answerCaseDirectly(coach, id, reference, "Svar");
			case FORWARDED -> handling.forwardCase(coach, id, reference, "Regionen", "Kontakta regionen");
			case MERGED -> handling.mergeCase(coach, id, reference, submit().reference(), "Dubblett");
			case WITHDRAWN -> handling.withdrawCase(id, submitted.trackingToken());
		}
		return reference;
	}

	private SubmittedCase submit() {
		return intake.submit(municipality,
				new CaseSubmission(CaseKind.IDEA, "Fler bänkar", "Vid ån behövs fler bänkar.", null, "Ån", "Ali",
						"resident-" + UUID.randomUUID() + "@example.se", true, "sv", null, null, false));
	}

	private static Set<CaseAction> without(Set<CaseAction> actions, CaseAction left) {
		Set<CaseAction> rest = EnumSet.noneOf(CaseAction.class);
		rest.addAll(actions);
		rest.remove(left);
		return rest;
	}

}
