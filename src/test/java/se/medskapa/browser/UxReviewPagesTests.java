package se.medskapa.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffRole;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rest of the UX review (issue 14): a handler whose hand-over takes the case out of
 * their reach lands on their queue with the success, not on "Du har inte behörighet"
 * (finding 3); the tracking page says "Besvarat" with the date once the case is answered
 * instead of the deadline (finding 12); status badges on the public list and case page
 * (finding 14); page titles in one pattern, "Sida – Kommun – Medskapa" (finding 14). The
 * second test takes the screenshots in {@code docs/images/} from the demo data: the
 * municipality start page, the staff case table, the staff case page and the tracking
 * page (written to {@code target/screenshots/docs/}).
 */
class UxReviewPagesTests extends BrowserTest {

	private static final String ANSWER = "Vi planerar ny belysning längs gångvägen till hösten.";

	@Autowired
	Organisation organisation;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Test
	void shouldSendAHandlerWhoHandsACaseOverToTheQueueAndShowTheAnswerDateOnTheTrackingPage() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		TestStaff coach = newStaff(town.municipality(), "Ida Idécoach", List.of(), StaffRole.IDEA_COACH);
		TestStaff handler = newStaff(town.municipality(), "Maria Öberg", List.of(town.streets().id()),
				StaffRole.HANDLER);
		SubmittedCase submitted = submit(town.municipality(), town.roads(), "Belysning vid gångvägen");
		String ref = submitted.reference();
		handling.routeCase(principal(coach), town.id(), ref, town.streets().id(), town.roads().id(),
				new PublicVersion("Belysning vid gångvägen", "Det är mörkt vid gångvägen på kvällarna."));
		handling.takeCase(principal(handler), town.id(), ref);

		// The intake form: no map tiles, but "Använd min position" where the browser can
		// tell.
		open(town.path("/cases/new"));
		assertThat(find("[data-locate-latitude] button").getText()).isEqualTo(message("intake.locate", "sv"));
		assertThat(browser.getTitle())
			.isEqualTo("Lämna en idé eller synpunkt – " + town.municipality().name() + " – Medskapa");
		assertAccessibleWideAndNarrow();

		// Before an answer the tracking page gives the deadline.
		open(town.path("/track/" + submitted.trackingToken()));
		assertThat(find(".facts").getText()).contains(message("track.answerDue", "sv"))
			.doesNotContain(message("track.answered", "sv"));
		assertThat(browser.getTitle()).isEqualTo("Ärende " + ref + " – " + town.municipality().name() + " – Medskapa");

		handling.changeCaseStatus(principal(handler), town.id(), ref, CaseStatus.PLANNED, ANSWER, null);
		open(town.path("/track/" + submitted.trackingToken()));
		assertThat(find(".facts").getText()).as("the answer's date replaces the deadline")
			.contains(message("track.answered", "sv"))
			.doesNotContain(message("track.answerDue", "sv"));
		assertThat(find(".facts .status-badge.status-progress").getText())
			.isEqualTo(message("caseStatus.PLANNED", "sv"));
		assertAccessibleWideAndNarrow();

		// The public list and case page carry the same badge.
		open(town.path("/cases"));
		assertThat(browser.getTitle()).isEqualTo("Ärenden – " + town.municipality().name() + " – Medskapa");
		assertThat(find(".case-item .status-badge.status-progress").getText())
			.isEqualTo(message("caseStatus.PLANNED", "sv"));
		assertAccessibleWideAndNarrow();

		// The hand-over takes the case out of the handler's unit: back to the queue.
		signInAsStaff(handler);
		open(town.path("/staff/cases/" + ref));
		assertThat(browser.getTitle()).isEqualTo("Ärende " + ref + " – " + town.municipality().name() + " – Medskapa");
		openStaffCaseAction("handOver");
		new Select(find("#handOver-toUnitId")).selectByValue(String.valueOf(town.library().id()));
		type("#handOver-note", "Gäller bibliotekets tomt.");
		submitForm("form[action$='/hand-over']");
		assertOnPage(town.path("/staff/cases"));
		assertThat(find(".flash").getText()).isEqualTo(message("flash.case.handedOver", "sv"));
		assertThat(find("main").getText())
			.contains("Du har inte längre tillgång till ärende " + ref + ", så vi tog dig tillbaka till dina ärenden.")
			.doesNotContain(message("error.403.title", "sv"));
		assertThat(browser.getTitle()).isEqualTo("Ärenden – " + town.municipality().name() + " – Medskapa");
		assertAccessibleWideAndNarrow();
	}

	/**
	 * "Spara och gå till nästa ärende" on the staff case page (finding 4/5): opened from
	 * a view of the table, the coach routes a case and lands on the next case of that
	 * view, told which case was done; after the last one, back at the view.
	 */
	@Test
	void shouldGoFromACaseToTheNextOfTheViewAfterSaving() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		TestStaff coach = newStaff(town.municipality(), "Ida Idécoach", List.of(), StaffRole.IDEA_COACH);
		String first = submit(town.municipality(), town.roads(), "Trasig bänk i parken").reference();
		String second = submit(town.municipality(), town.roads(), "Trasig gunga i parken").reference();

		signInAsStaff(coach);
		open(town.path("/staff/cases?view=new"));
		waitForNewPage(() -> tableRow(first).findElement(By.cssSelector("a.case-link")).click());
		assertThat(currentPath()).isEqualTo(town.path("/staff/cases/" + first));
		new Select(find("#route-unitId")).selectByValue(String.valueOf(town.streets().id()));
		waitForNewPage(() -> find("#action-route button[name=andNext]").click());
		assertThat(currentPath()).isEqualTo(town.path("/staff/cases/" + second));
		assertThat(find(".flash").getText()).isEqualTo(message("flash.case.routed", "sv"));
		assertThat(find("main").getText()).contains("Klart med ärende " + first + ". Här är nästa ärende i vyn.");
		assertAccessibleWideAndNarrow();

		new Select(find("#route-unitId")).selectByValue(String.valueOf(town.streets().id()));
		waitForNewPage(() -> find("#action-route button[name=andNext]").click());
		assertThat(currentPath()).as("the last case of the view leads back to the view")
			.isEqualTo(town.path("/staff/cases"));
		assertThat(find(".flash").getText()).isEqualTo(message("flash.case.routed", "sv"));
	}

	@Test
	void shouldTakeTheScreenshotsOfTheReadmeFromTheDemoData() throws IOException {
		Municipality umea = municipalities.findBySlug("umea").orElseThrow();
		List<Unit> units = organisation.units(umea.id());
		List<Category> categories = organisation.categories(umea.id());
		Unit unit = units.stream().filter(u -> u.name().startsWith("Gat")).findFirst().orElse(units.get(0));
		TestStaff coach = newStaff(umea, "Ida Idécoach", List.of(), StaffRole.IDEA_COACH);
		TestStaff handler = newStaff(umea, "Maria Öberg", List.of(unit.id()), StaffRole.HANDLER);
		Category category = categories.stream()
			.filter(c -> c.name().startsWith("Gator"))
			.findFirst()
			.orElse(categories.get(0));
		SubmittedCase submitted = submit(umea, category, "Belysning längs gångvägen vid Nydala");
		String ref = submitted.reference();
		handling.routeCase(principal(coach), umea.id(), ref, unit.id(), category.id(), new PublicVersion(
				"Belysning längs gångvägen vid Nydala", "Det är mörkt längs gångvägen vid Nydalasjön på kvällarna."));
		handling.takeCase(principal(handler), umea.id(), ref);
		handling.changeCaseStatus(principal(handler), umea.id(), ref, CaseStatus.PLANNED, ANSWER, null);
		handling.replyToCase(umea.id(), submitted.trackingToken(), "Tack! Kan lamporna sitta tätare vid bron?");

		open("/umea");
		assertThat(browser.findElements(By.cssSelector(".start-section h2"))).isNotEmpty();
		screenshot("municipality-start-umea.png");

		open("/umea/track/" + submitted.trackingToken());
		assertThat(find("main .reference").getText()).isEqualTo(ref);
		screenshot("tracking-page.png");

		signInAsStaff(coach);
		open("/umea/staff/cases?view=all");
		assertThat(browser.findElements(By.cssSelector("tr.case-row"))).isNotEmpty();
		// The views, the filters and the first rows of the table in one picture.
		browser.manage().window().setSize(new Dimension(1280, 2000));
		screenshot("staff-case-table.png");
		browser.manage().window().setSize(HeadlessChromium.WINDOW);
		signOut();

		signInAsStaff(handler);
		open("/umea/staff/cases/" + ref);
		assertThat(find("h1").getText()).isEqualTo("Belysning längs gångvägen vid Nydala");
		screenshot("staff-case.png");
	}

	private SubmittedCase submit(Municipality municipality, Category category, String title) {
		return intake.submit(municipality,
				new CaseSubmission(CaseKind.IDEA, title, "Det är mörkt längs gångvägen på kvällarna.", category.id(),
						"Gångvägen", "Testperson Provsson", "resident-" + UUID.randomUUID() + "@test.medskapa.example",
						true, "sv", null, null, false));
	}

	private void screenshot(String name) throws IOException {
		Path path = Path.of("target/screenshots/docs", name);
		Files.createDirectories(path.getParent());
		Files.write(path, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
