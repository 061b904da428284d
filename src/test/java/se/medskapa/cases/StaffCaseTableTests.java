package se.medskapa.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff case table (issue 14): saved views and their marks, search, keyset pages,
 * what each role sees, bulk actions case by case, the start page counts, and a routing
 * suggestion that never silently proposes a unit that returned the case. Each test has a
 * municipality of its own, so counts are its own.
 */
@Tag("persistence")
class StaffCaseTableTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	StaffCaseViews views;

	@Autowired
	RoutingRules routingRules;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	TestMunicipality town;

	TestStaff coach;

	TestStaff handler;

	TestStaff lead;

	@BeforeEach
	void town() {
		town = TestMunicipality.register(municipalities, organisation);
		coach = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		handler = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.HANDLER),
				List.of(town.streets().id()));
		lead = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.UNIT_LEAD, StaffRole.HANDLER),
				List.of(town.streets().id()));
	}

	@Test
	void shouldMarkACaseReturnedByAUnitAndNotSuggestThatUnitAgainWithoutSayingSo() {
		routingRules.addRule(town.id(), town.roads().id(), null, town.streets().id());
		SubmittedCase submitted = submit("Trasig gatlykta", town.roads().id());
		assertThat(routingRules.suggestRouting(town.id(), submitted.id(), town.roads().id(), "Centrum").unitId())
			.isEqualTo(town.streets().id());
		handling.routeCase(principal(coach), town.id(), submitted.reference(), town.streets().id(), null, null);
		handling.returnCaseToCoach(principal(handler), town.id(), submitted.reference(), "Gäller inte oss.");

		StaffCaseRow row = only(views.table(principal(coach), town.id(), StaffCaseQuery.of(StaffCaseView.RETURNED)));
		assertThat(row.reference()).isEqualTo(submitted.reference());
		assertThat(row.returnedByUnitName()).isEqualTo(town.streets().name());
		assertThat(refs(StaffCaseView.NEW, coach)).contains(submitted.reference());

		RoutingSuggestion suggestion = routingRules.suggestRouting(town.id(), submitted.id(), town.roads().id(),
				"Centrum");
		assertThat(suggestion.unitId()).as("the returning unit is not proposed").isNull();
		assertThat(suggestion.passedOverUnitId()).isEqualTo(town.streets().id());
		assertThat(suggestion.returnedByUnitNames()).containsExactly(town.streets().name());
	}

	@Test
	void shouldShowTheReturnOnTheCoachsCasePageWithoutProposingTheUnit() throws Exception {
		routingRules.addRule(town.id(), town.roads().id(), null, town.streets().id());
		SubmittedCase submitted = submit("Skylt på fel ställe", town.roads().id());
		handling.routeCase(principal(coach), town.id(), submitted.reference(), town.streets().id(), null, null);
		handling.returnCaseToCoach(principal(handler), town.id(), submitted.reference(), "Inte vår.");
		mvc.perform(get(town.path("/staff/cases/" + submitted.reference())).with(coach.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Ärendet har skickats tillbaka av " + town.streets().name() + ". Den enheten föreslås inte igen.")))
			.andExpect(content().string(not(containsString("(föreslagen)"))));
	}

	@Test
	void shouldMarkAResidentReplyUnreadUntilTheContactOpensTheCase() throws Exception {
		SubmittedCase submitted = submit("Buller från fläkten", null);
		handling.routeCase(principal(coach), town.id(), submitted.reference(), town.streets().id(), null, null);
		handling.takeCase(principal(handler), town.id(), submitted.reference());
		handling.replyToCase(town.id(), submitted.trackingToken(), "Det låter fortfarande.");

		assertThat(refs(StaffCaseView.REPLIES, handler)).containsExactly(submitted.reference());
		assertThat(views.counts(principal(handler), town.id()).replies()).isEqualTo(1);
		// Someone else looking does not count as read: the lead is not the contact.
		mvc.perform(get(town.path("/staff/cases/" + submitted.reference())).with(lead.signedIn()))
			.andExpect(status().isOk());
		assertThat(refs(StaffCaseView.REPLIES, handler)).containsExactly(submitted.reference());

		mvc.perform(get(town.path("/staff/cases")).param("view", "replies").with(handler.signedIn()))
			.andExpect(content().string(containsString("Nytt svar från invånaren")));
		mvc.perform(get(town.path("/staff/cases/" + submitted.reference())).with(handler.signedIn()))
			.andExpect(status().isOk());
		assertThat(refs(StaffCaseView.REPLIES, handler)).isEmpty();
		assertThat(views.counts(principal(handler), town.id()).replies()).isZero();

		// A new reply is unread again; the contact's action reads it too.
		handling.replyToCase(town.id(), submitted.trackingToken(), "Och nu igen.");
		assertThat(refs(StaffCaseView.REPLIES, handler)).containsExactly(submitted.reference());
		handling.postPublicMessage(principal(handler), town.id(), submitted.reference(), "Vi mäter ljudet i morgon.");
		assertThat(refs(StaffCaseView.REPLIES, handler)).isEmpty();
	}

	@Test
	void shouldPageThroughTheTableByKeysetWithoutGapsOrRepeatsInEachOrder() {
		List<String> submitted = new ArrayList<>();
		for (int i = 0; i < StaffCaseViews.TABLE_PAGE_SIZE + 12; i++) {
			submitted.add(submit("Ärende nummer " + i, null).reference());
		}
		for (StaffCaseSort sort : StaffCaseSort.values()) {
			StaffCaseQuery query = new StaffCaseQuery(StaffCaseView.ALL, null, null, null, null, null, sort, null);
			StaffCaseTable first = views.table(principal(coach), town.id(), query);
			assertThat(first.rows()).hasSize(StaffCaseViews.TABLE_PAGE_SIZE);
			StaffCaseTable second = views.table(principal(coach), town.id(), query.after(first.next()));
			assertThat(second.next()).isNull();
			List<String> all = new ArrayList<>(first.rows().stream().map(StaffCaseRow::reference).toList());
			all.addAll(second.rows().stream().map(StaffCaseRow::reference).toList());
			assertThat(all).as(sort.name()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(submitted);
		}
		StaffCaseQuery newest = new StaffCaseQuery(StaffCaseView.ALL, null, null, null, null, null,
				StaffCaseSort.NEWEST, null);
		assertThat(views.table(principal(coach), town.id(), newest).rows().get(0).reference())
			.isEqualTo(submitted.get(submitted.size() - 1));
	}

	@Test
	void shouldFindCasesByCaseNumberAndByWordsOfTitleOrPlaceWhateverTheAccents() {
		String lamp = submit("Gatlampa trasig vid Ålidhem", null).reference();
		String bench = submit("Ny parkbänk", null).reference();
		assertThat(search(lamp.toLowerCase())).containsExactly(lamp);
		assertThat(search("alidhem")).containsExactly(lamp);
		assertThat(search("PARKBÄNK")).containsExactly(bench);
		assertThat(search("100%_")).isEmpty();
	}

	@Test
	void shouldShowAUnitMemberOnlyTheCasesTheyMaySee() {
		String atStreets = submit("Hål i vägen", null).reference();
		handling.routeCase(principal(coach), town.id(), atStreets, town.streets().id(), null, null);
		String atLibrary = submit("Fler böcker", null).reference();
		handling.routeCase(principal(coach), town.id(), atLibrary, town.library().id(), null, null);
		String inQueue = submit("Ny idé", null).reference();

		assertThat(refs(StaffCaseView.ALL, handler)).containsExactly(atStreets);
		assertThat(refs(StaffCaseView.NEW, handler)).containsExactly(atStreets);
		assertThat(refs(StaffCaseView.ALL, coach)).contains(atStreets, atLibrary, inQueue);
		assertThat(refs(StaffCaseView.NEW, coach)).containsExactly(inQueue);
		handling.takeCase(principal(handler), town.id(), atStreets);
		assertThat(refs(StaffCaseView.MINE, handler)).containsExactly(atStreets);
		assertThat(refs(StaffCaseView.NEW, handler)).isEmpty();
	}

	@Test
	void shouldNeverShowAnotherMunicipalitysCasesNorActOnThemInBulk() throws Exception {
		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		intake.submit(other.municipality(), submission("Främmande ärende", null));
		// The second of the other town, so that its number is not also one of this
		// town's.
		SubmittedCase foreign = intake.submit(other.municipality(), submission("Främmande ärende", null));
		String own = submit("Eget ärende", null).reference();
		assertThat(foreign.reference()).isNotEqualTo(own);

		assertThat(refs(StaffCaseView.ALL, coach)).containsExactly(own);
		// Both test towns number their cases alike: the search finds only this town's.
		mvc.perform(get(town.path("/staff/cases")).param("view", "all").param("q", "Främmande").with(coach.signedIn()))
			.andExpect(content().string(not(containsString("Främmande ärende"))))
			.andExpect(content().string(containsString("Det finns inget här ännu")));
		// Staff of this town get no table of the other one.
		mvc.perform(get(other.path("/staff/cases")).with(coach.signedIn())).andExpect(status().isForbidden());

		MvcResult result = mvc
			.perform(post(town.path("/staff/cases/bulk")).param("action", "route")
				.param("ref", foreign.reference(), own)
				.param("toUnit", String.valueOf(town.streets().id()))
				.param("view", "new")
				.with(coach.signedIn())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(results(result)).containsExactly(foreign.reference() + " false staffCases.bulk.notFound",
				own + " true staffCases.bulk.done");
		assertThat(jdbc.sql("select status from cases where id = ?").param(foreign.id()).query(String.class).single())
			.isEqualTo("RECEIVED");
	}

	@Test
	void shouldTakeEachCaseOfABulkActionThroughItsOwnPermissionCheckAndSayWhichFailed() throws Exception {
		String first = submit("Första", null).reference();
		String second = submit("Andra", null).reference();
		String routed = submit("Redan skickat", null).reference();
		handling.routeCase(principal(coach), town.id(), routed, town.library().id(), null, null);

		MvcResult result = mvc
			.perform(post(town.path("/staff/cases/bulk")).param("action", "route")
				.param("ref", first, routed, second)
				.param("toUnit", String.valueOf(town.streets().id()))
				.param("view", "new")
				.with(coach.signedIn())
				.with(csrf()))
			.andExpect(redirectedUrl(town.path("/staff/cases?view=new&sort=deadline#bulk-results")))
			.andReturn();
		List<String> lines = results(result);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo(first + " true staffCases.bulk.done");
		assertThat(lines.get(1)).startsWith(routed + " false ");
		assertThat(lines.get(2)).isEqualTo(second + " true staffCases.bulk.done");

		// A handler may not route: refused per case, nothing changed.
		String third = submit("Tredje", null).reference();
		result = mvc
			.perform(post(town.path("/staff/cases/bulk")).param("action", "route")
				.param("ref", third)
				.param("toUnit", String.valueOf(town.streets().id()))
				.with(handler.signedIn())
				.with(csrf()))
			.andReturn();
		assertThat(results(result)).containsExactly(third + " false staffCases.bulk.notAllowed");

		// The lead assigns the two routed ones in one go.
		result = mvc
			.perform(post(town.path("/staff/cases/bulk")).param("action", "assign")
				.param("ref", first, second)
				.param("handler", String.valueOf(handler.id()))
				.with(lead.signedIn())
				.with(csrf()))
			.andReturn();
		assertThat(results(result)).containsExactly(first + " true staffCases.bulk.done",
				second + " true staffCases.bulk.done");
		assertThat(refs(StaffCaseView.MINE, handler)).containsExactlyInAnyOrder(first, second);
	}

	@Test
	void shouldTellWhatIsMissingWhenABulkActionLacksItsChoiceAndKeepTheChosenCases() throws Exception {
		String chosen = submit("Vald", null).reference();
		mvc.perform(post(town.path("/staff/cases/bulk")).param("action", "route")
			.param("ref", chosen)
			.param("view", "new")
			.with(coach.signedIn())
			.with(csrf()))
			.andExpect(flash().attribute("bulkError", "staffCases.bulk.unitRequired"))
			.andExpect(flash().attribute("bulkChosen", List.of(chosen)));
	}

	@Test
	void shouldGoOnToTheNextCaseOfTheViewAfterABulkActionAndBackToTheViewAfterTheLast() throws Exception {
		String first = submit("Ett", null).reference();
		String second = submit("Två", null).reference();
		mvc.perform(post(town.path("/staff/cases/bulk")).param("action", "route")
			.param("ref", first)
			.param("toUnit", String.valueOf(town.streets().id()))
			.param("view", "all")
			.param("sort", "oldest")
			.param("andNext", "1")
			.with(coach.signedIn())
			.with(csrf())).andExpect(redirectedUrl(town.path("/staff/cases/" + second)));
		mvc.perform(get(town.path("/staff/cases/next")).param("from", second)
			.param("view", "all")
			.param("sort", "oldest")
			.with(coach.signedIn())).andExpect(redirectedUrl(town.path("/staff/cases?view=all&sort=oldest")));
	}

	@Test
	void shouldCountWhatWaitsForEachPersonOnTheStartPageLinkingToTheViews() throws Exception {
		String received = submit("Ny", null).reference();
		String routed = submit("Hos enheten", null).reference();
		handling.routeCase(principal(coach), town.id(), routed, town.streets().id(), null, null);
		jdbc.sql(
				"update cases set acknowledge_due = current_date - 5, answer_due = current_date - 5 where reference = ? and municipality_id = ?")
			.params(routed, town.id())
			.update();

		assertThat(views.counts(principal(coach), town.id())).isEqualTo(new StaffCaseCounts(1, 1, 0));
		assertThat(views.counts(principal(handler), town.id())).isEqualTo(new StaffCaseCounts(1, 1, 0));
		assertThat(refs(StaffCaseView.NEW, coach)).containsExactly(received);
		mvc.perform(get("/staff").with(coach.signedIn()))
			.andExpect(content().string(containsString("1 nytt ärende")))
			.andExpect(content().string(containsString("1 försenat ärende")))
			.andExpect(content().string(containsString("Inga nya svar från invånare")))
			.andExpect(content().string(containsString("href=\"" + town.path("/staff/cases?view=new") + "\"")));
	}

	private List<String> results(MvcResult result) {
		@SuppressWarnings("unchecked")
		List<Object> lines = (List<Object>) result.getFlashMap().get("bulkResults");
		return lines.stream().map(line -> {
			String text = line.toString();
			// BulkResult[reference=…, done=…, messageKey=…]
			String[] parts = text.substring(text.indexOf('[') + 1, text.length() - 1).split(", ");
			return parts[0].split("=")[1] + " " + parts[1].split("=")[1] + " " + parts[2].split("=")[1];
		}).toList();
	}

	private List<String> search(String text) {
		return views
			.table(principal(coach), town.id(),
					new StaffCaseQuery(StaffCaseView.ALL, text, null, null, null, null, StaffCaseSort.DEADLINE, null))
			.rows()
			.stream()
			.map(StaffCaseRow::reference)
			.toList();
	}

	private List<String> refs(StaffCaseView view, TestStaff reader) {
		return views.table(principal(reader), town.id(), StaffCaseQuery.of(view))
			.rows()
			.stream()
			.map(StaffCaseRow::reference)
			.toList();
	}

	private static StaffCaseRow only(StaffCaseTable table) {
		assertThat(table.rows()).hasSize(1);
		return table.rows().get(0);
	}

	private SubmittedCase submit(String title, Long categoryId) {
		return intake.submit(town.municipality(), submission(title, categoryId));
	}

	private static CaseSubmission submission(String title, Long categoryId) {
		return new CaseSubmission(CaseKind.IDEA, title, "Beskrivning av ärendet.", categoryId, "Centrum",
				"Test Testsson", "resident-" + UUID.randomUUID() + "@test.medskapa.example", false, "sv", null, null,
				false);
	}

	private StaffPrincipal principal(TestStaff staff) {
		return users.reload(staff.id()).orElseThrow();
	}

}
