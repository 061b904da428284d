package se.medskapa.cases.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.StaffCaseViews;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The action forms of the staff case page: an invalid submission, or one the case
 * refuses, shows the page again (422) with the error at the field it is about (or at the
 * top of the form) and everything typed still there; a valid one goes back to the page
 * with a flash message.
 */
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffCaseFormsTests extends IntegrationTest {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

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

	Unit library;

	TestStaff coach;

	TestStaff handler;

	@BeforeAll
	void municipalityWithStaff() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		municipality = town.municipality();
		streets = town.streets();
		library = town.library();
		coach = TestStaff.create(directory, users, municipality.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		handler = TestStaff.create(directory, users, municipality.id(), Set.of(StaffRole.HANDLER),
				List.of(streets.id()));
	}

	@Test
	void shouldShowAMissingUnitAtTheRouteFormsUnitAndKeepThePublishingChoiceAndTheTypedText() throws Exception {
		String reference = submit();

		Document page = refused(post(path(reference, "route")).param("categoryId", "")
			.param("publish", "true")
			.param("publicTitle", "Granskad rubrik")
			.param("publicDescription", "Granskad text utan namn.")
			.with(coach.signedIn()));

		assertErrorAt(page, "route-unitId", "case.error.unitRequired");
		assertSummaryLinksTo(page, "route-unitId");
		assertThat(page.selectFirst("#route-publish").hasAttr("checked")).isTrue();
		assertThat(page.selectFirst("#route-publicTitle").val()).isEqualTo("Granskad rubrik");
		assertThat(page.selectFirst("#route-publicDescription").text()).isEqualTo("Granskad text utan namn.");
	}

	@Test
	void shouldShowARefusalOfTheWholeRoutingAtTheTopOfTheRouteForm() throws Exception {
		String reference = submit();

		Document page = refused(post(path(reference, "route")).param("unitId", String.valueOf(library.id()))
			.param("publish", "true")
			.param("publicTitle", " ")
			.param("publicDescription", "Granskad text.")
			.with(coach.signedIn()));

		assertThat(page.select("form[action$='/route'] #route-error").text())
			.contains(message("case.error.publicTextRequired"));
		assertSummaryLinksTo(page, "route-error");
		assertThat(page.selectFirst("#route-unitId option[selected]").val()).isEqualTo(String.valueOf(library.id()));
		assertThat(page.selectFirst("#route-publicDescription").text()).isEqualTo("Granskad text.");
	}

	@Test
	void shouldShowAMissingHandOverNoteAtItsFieldAndARefusedUnitAtTheUnitKeepingTheChoices() throws Exception {
		String reference = withUnit();

		Document missingNote = refused(
				post(path(reference, "hand-over")).param("toUnitId", String.valueOf(library.id()))
					.param("note", "")
					.with(handler.signedIn()));
		assertErrorAt(missingNote, "handOver-note", "case.error.noteRequired");
		assertThat(missingNote.selectFirst("#handOver-toUnitId option[selected]").val())
			.isEqualTo(String.valueOf(library.id()));

		Document sameUnit = refused(post(path(reference, "hand-over")).param("toUnitId", String.valueOf(streets.id()))
			.param("note", "Fel enhet, tror jag")
			.with(handler.signedIn()));
		assertErrorAt(sameUnit, "handOver-toUnitId", "case.error.sameUnit");
		assertThat(sameUnit.selectFirst("#handOver-note").text()).isEqualTo("Fel enhet, tror jag");
	}

	@Test
	void shouldShowAStatusTheCaseNoLongerAcceptsAtTheStatusAndKeepTheMessage() throws Exception {
		String reference = withUnit();
		StaffPrincipal handlerPrincipal = users.reload(handler.id()).orElseThrow();
		handling.takeCase(handlerPrincipal, municipality.id(), reference);
		handling.changeCaseStatus(handlerPrincipal, municipality.id(), reference, CaseStatus.INVESTIGATING, null, null);
		// The handler reads the page, which offers "answered"; meanwhile a coach moves
		// the case on to a pilot, from where it cannot be answered.
		handling.changeCaseStatus(users.reload(coach.id()).orElseThrow(), municipality.id(), reference,
				CaseStatus.PILOTED, null, null);

		Document page = refused(post(path(reference, "status")).param("status", "ANSWERED")
			.param("publicMessage", "Här är svaret på din fråga.")
			.param("internalNote", "Enligt beslut")
			.with(handler.signedIn()));

		assertErrorAt(page, "status-status", "case.error.invalidTransition");
		assertSummaryLinksTo(page, "status-status");
		assertThat(page.selectFirst("#status-publicMessage").text()).isEqualTo("Här är svaret på din fråga.");
		assertThat(page.selectFirst("#status-internalNote").text()).isEqualTo("Enligt beslut");
		// The current status first (where the select starts, UX finding 5), then what the
		// case accepts now.
		assertThat(page.select("#status-status option").eachAttr("value")).as("what the case accepts now")
			.containsExactly("PILOTED", "PLANNED", "IMPLEMENTED", "DECLINED");
	}

	@Test
	void shouldShowAMissingOrUnknownMergeTargetAtItsFieldAndKeepTheMessage() throws Exception {
		String reference = submit();

		Document missing = refused(post(path(reference, "merge")).param("targetReference", "")
			.param("publicMessage", "Samma som ett annat ärende.")
			.with(coach.signedIn()));
		assertErrorAt(missing, "merge-targetReference", "case.error.mergeTarget");
		assertThat(missing.selectFirst("#merge-publicMessage").text()).isEqualTo("Samma som ett annat ärende.");

		Document unknown = refused(post(path(reference, "merge")).param("targetReference", "XX-0000-9999")
			.param("publicMessage", "Samma som ett annat ärende.")
			.with(coach.signedIn()));
		assertErrorAt(unknown, "merge-targetReference", "case.error.mergeTarget");
		assertThat(unknown.selectFirst("#merge-targetReference").val()).isEqualTo("XX-0000-9999");
	}

	@Test
	void shouldSayARefusalOfAnActionThePageNoLongerOffersInTheSummaryAlone() throws Exception {
		String reference = withUnit();
		handling.takeCase(users.reload(handler.id()).orElseThrow(), municipality.id(), reference);

		Document page = refused(post(path(reference, "take")).with(handler.signedIn()));

		assertThat(page.select("form[action$='/take']")).isEmpty();
		assertThat(page.select(".error-summary p").text()).isEqualTo(message("case.error.alreadyYours"));
		assertThat(page.select(".error-summary a")).isEmpty();
	}

	@Test
	void shouldGoBackToThePageWithAFlashMessageAfterAValidAction() throws Exception {
		String reference = submit();
		String target = submit();

		mvc.perform(post(path(reference, "merge")).param("targetReference", target)
			.param("publicMessage", "Vi behandlar det tillsammans med " + target + ".")
			.with(coach.signedIn())
			.with(csrf()))
			.andExpect(status().isFound())
			// Back at the place of the action (UX finding 5); the case no longer offers
			// it,
			// so the browser opens at the top, at the flash.
			.andExpect(redirectedUrl(path(reference, null) + "#action-merge"))
			.andExpect(flash().attribute("flash", "flash.case.merged"))
			.andExpect(flash().attribute("actedAt", "merge"));
		assertThat(views.detail(municipality.id(), reference).orElseThrow().status()).isEqualTo(CaseStatus.MERGED);
	}

	@Test
	void shouldShowThePageWhenAnActionsAddressIsOpened() throws Exception {
		String reference = submit();

		// Where a refused action left the browser: reloading it or switching language.
		mvc.perform(get(path(reference, "hand-over")).param("lang", "en").with(coach.signedIn()))
			.andExpect(redirectedUrl(path(reference, null)));
	}

	/**
	 * UX finding 5: the panel opens with the one action the state asks for, the risky
	 * ones are under "Mer", publishing starts chosen when the resident consented, and the
	 * status select starts at the current status, which is refused as no change.
	 */
	@Test
	void shouldOfferThePrimaryActionOfTheStateWithTheRiskyOnesUnderMore() throws Exception {
		String reference = submit();
		Document coachPage = page(reference, coach);
		assertThat(coachPage.select(".action-primary form").eachAttr("action")).singleElement()
			.asString()
			.endsWith("/route");
		assertThat(coachPage.select("#action-more .action-risky > form").eachAttr("action"))
			.extracting(action -> action.substring(action.lastIndexOf('/') + 1))
			.containsExactly("answer", "forward", "merge");
		assertThat(coachPage.selectFirst("#route-publish").hasAttr("checked")).as("the resident consented").isTrue();

		String withUnit = withUnit();
		assertThat(page(withUnit, handler).select(".action-primary form").eachAttr("action")).singleElement()
			.asString()
			.endsWith("/take");
		handling.takeCase(users.reload(handler.id()).orElseThrow(), municipality.id(), withUnit);
		Document taken = page(withUnit, handler);
		assertThat(taken.select(".action-primary form").eachAttr("action")).singleElement()
			.asString()
			.endsWith("/status");
		assertThat(taken.select("#status-status option[selected]").eachAttr("value")).containsExactly("WITH_UNIT");

		Document unchanged = refused(post(path(withUnit, "status")).param("status", "WITH_UNIT")
			.param("publicMessage", "Vi tittar på det.")
			.with(handler.signedIn()));
		assertErrorAt(unchanged, "status-status", "case.error.statusUnchanged");
		assertThat(unchanged.select(".action-primary #status-status")).as("the refused form in sight").hasSize(1);
	}

	/**
	 * The published cases like this one stand beside merge, each open one a one-click
	 * merge; another municipality's are never among them.
	 */
	@Test
	void shouldListSimilarCasesBesideMergeAndMergeInOneClickButNeverAnotherMunicipalitys() throws Exception {
		String original = publishedCase(municipality, coach, streets, "Fler parkbänkar vid ån");
		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		TestStaff otherCoach = TestStaff.create(directory, users, other.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		String elsewhere = publishedCase(other.municipality(), otherCoach, other.streets(), "Fler parkbänkar vid ån");
		String duplicate = intake
			.submit(municipality,
					new CaseSubmission(CaseKind.IDEA, "Fler parkbänkar vid ån", "Det behövs bänkar.", null, "Ån", "Bo",
							"resident-" + UUID.randomUUID() + "@example.se", true, "sv", null, null, false))
			.reference();

		Document page = page(duplicate, coach);
		assertThat(page.select("#action-merge .similar-cases li").text()).contains(original)
			.doesNotContain(elsewhere, duplicate + " ");
		Element oneClick = page.selectFirst("#action-merge .similar-cases form");
		assertThat(oneClick.selectFirst("input[name=targetReference]").val()).isEqualTo(original);

		mvc.perform(
				post(oneClick.attr("action")).param("targetReference", original).with(coach.signedIn()).with(csrf()))
			.andExpect(flash().attribute("flash", "flash.case.merged"));
		assertThat(views.detail(municipality.id(), duplicate).orElseThrow().mergedIntoReference()).isEqualTo(original);
	}

	private Document page(String reference, TestStaff reader) throws Exception {
		return Jsoup.parse(mvc.perform(get(path(reference, null)).with(reader.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String publishedCase(Municipality where, TestStaff itsCoach, Unit unit, String title) {
		String reference = intake
			.submit(where,
					new CaseSubmission(CaseKind.IDEA, title, "Vid ån behövs fler bänkar.", null, "Ån", "Ali",
							"resident-" + UUID.randomUUID() + "@example.se", true, "sv", null, null, false))
			.reference();
		handling.routeCase(users.reload(itsCoach.id()).orElseThrow(), where.id(), reference, unit.id(), null,
				new CaseHandling.PublicVersion(title, "Vid ån behövs fler bänkar."));
		return reference;
	}

	/** The page shown again after the submission, which must answer 422. */
	private Document refused(MockHttpServletRequestBuilder request) throws Exception {
		String html = mvc.perform(request.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	/** The field is marked invalid and described by its error, which says the reason. */
	private void assertErrorAt(Document page, String fieldId, String reasonKey) {
		Element field = page.getElementById(fieldId);
		assertThat(field).as(fieldId).isNotNull();
		assertThat(field.attr("aria-invalid")).as("aria-invalid of " + fieldId).isEqualTo("true");
		assertThat(field.attr("aria-describedby").split(" ")).as("aria-describedby of " + fieldId)
			.contains(fieldId + "-error");
		assertThat(page.select("#" + fieldId + "-error").text()).contains(message(reasonKey));
	}

	private void assertSummaryLinksTo(Document page, String id) {
		assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#" + id);
		assertThat(page.getElementById(id)).as("target of the summary's link").isNotNull();
	}

	private String message(String key) {
		return messages.getMessage(key, null, SWEDISH);
	}

	private String path(String reference, String action) {
		String page = "/" + municipality.slug() + "/staff/cases/" + reference;
		return action == null ? page : page + "/" + action;
	}

	private String withUnit() {
		String reference = submit();
		handling.routeCase(users.reload(coach.id()).orElseThrow(), municipality.id(), reference, streets.id(), null,
				null);
		return reference;
	}

	private String submit() {
		return intake
			.submit(municipality,
					new CaseSubmission(CaseKind.IDEA, "Fler bänkar", "Vid ån behövs fler bänkar.", null, "Ån", "Ali",
							"resident-" + UUID.randomUUID() + "@example.se", true, "sv", null, null, false))
			.reference();
	}

}
