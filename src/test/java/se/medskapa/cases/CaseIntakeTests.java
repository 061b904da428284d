package se.medskapa.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The one entry point: form and API, receipt, tracking link, references without gaps. */
@Tag("persistence")
class CaseIntakeTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseIntake intake;

	@Autowired
	Municipalities municipalities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	@Test
	void shouldGiveReceiptWithReferenceAndTrackingLinkByPageAndMail() throws Exception {
		String email = "invanare-" + UUID.randomUUID() + "@example.se";
		MvcResult submitted = mvc
			.perform(post("/boras/cases").param("kind", "IDEA")
				.param("title", "Fler bänkar längs Viskan")
				.param("description", "Det behövs fler platser att vila på.")
				.param("place", "Viskans strand")
				.param("email", email)
				.param("name", "Karin")
				.param("confirmedNotDuplicate", "true")
				.with(remote())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String reference = (String) submitted.getFlashMap().get("reference");
		assertThat(reference).matches("BOR-\\d{4}-\\d{5}");

		// The receipt lives at the tracking address: a reload shows it again.
		String receiptPath = submitted.getResponse().getRedirectedUrl();
		assertThat(receiptPath).startsWith("/boras/track/").endsWith("/receipt");
		for (int load = 0; load < 2; load++) {
			mvc.perform(get(receiptPath))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(reference)))
				.andExpect(content().string(containsString("value=\"http://localhost")))
				.andExpect(content().string(containsString(receiptPath.replace("/receipt", "") + "\"")));
		}

		MimeMessage receipt = TestMailServer.awaitOneMailTo(email);
		assertThat(receipt.getSubject()).isEqualTo("Vi har tagit emot ditt ärende " + reference);
		String link = TestMailServer.linkIn(receipt, "/boras/track/");
		String path = link.substring(link.indexOf("/boras/track/"));
		mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fler bänkar längs Viskan")))
			.andExpect(content().string(containsString("Mottaget")))
			.andExpect(content().string(containsString("Ärendet togs emot")));
	}

	@Test
	void shouldKeepWhatWasTypedAndExplainErrors() throws Exception {
		mvc.perform(post("/umea/cases").param("kind", "COMPLAINT")
			.param("title", "")
			.param("description", "Trasig lampa")
			.param("email", "inte-en-adress")
			.with(remote())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Det finns fel i formuläret")))
			.andExpect(content().string(containsString("Trasig lampa")))
			.andExpect(content().string(containsString("value=\"inte-en-adress\"")));
	}

	@Test
	void shouldRejectBotsThatFillTheHoneypot() throws Exception {
		long before = count();
		mvc.perform(post("/pitea/cases").param("kind", "IDEA")
			.param("title", "Köp billigt")
			.param("description", "spam")
			.param("website", "http://spam.example")
			.with(remote())
			.with(csrf())).andExpect(status().isOk());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void shouldAcceptSubmissionsThroughTheApiWithoutLogin() throws Exception {
		mvc.perform(post("/api/v1/pitea/cases").contentType(MediaType.APPLICATION_JSON).with(remote()).content("""
				{"kind":"PROPOSAL","title":"Isbana på Norrstrand","description":"Spola en isbana varje vinter.",
				 "publishPermission":true}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reference", matchesPattern("PIT-\\d{4}-\\d{5}")))
			.andExpect(jsonPath("$.trackingUrl", containsString("/pitea/track/")))
			.andExpect(jsonPath("$.status").value("RECEIVED"));
	}

	@Test
	void shouldAnswerApiValidationErrorsAsProblemDetails() throws Exception {
		mvc.perform(post("/api/v1/pitea/cases").contentType(MediaType.APPLICATION_JSON)
			.with(remote())
			.content("{\"kind\":\"IDEA\",\"title\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/atlantis/cases").contentType(MediaType.APPLICATION_JSON)
			.with(remote())
			.content("{\"kind\":\"IDEA\",\"title\":\"T\",\"description\":\"D\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void shouldOpenExactlyOneCaseWithATrackingTokenAndOnlyInItsMunicipality() throws Exception {
		Municipality umea = municipalities.requireBySlug("umea");
		SubmittedCase mine = intake.submit(umea, submission("Mitt ärende"));
		SubmittedCase other = intake.submit(umea, submission("Någon annans ärende"));

		mvc.perform(get("/umea/track/" + mine.trackingToken()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mitt ärende")))
			.andExpect(content().string(not(containsString("Någon annans ärende"))));
		mvc.perform(get("/boras/track/" + mine.trackingToken())).andExpect(status().isNotFound());
		mvc.perform(get("/umea/track/" + mine.trackingToken().substring(1) + "x")).andExpect(status().isNotFound());
		assertThat(other.trackingToken()).isNotEqualTo(mine.trackingToken());
	}

	@Test
	void shouldRefuseCategoryOfAnotherMunicipality() throws Exception {
		long umeaCategory = jdbc
			.sql("select c.id from category c join municipality m on m.id = c.municipality_id "
					+ "where m.slug = 'umea' limit 1")
			.query(Long.class)
			.single();
		long before = count();
		mvc.perform(post("/boras/cases").param("kind", "IDEA")
			.param("title", "T")
			.param("description", "D")
			.param("categoryId", String.valueOf(umeaCategory))
			.with(remote())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Det finns fel i formuläret")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void shouldGiveFiftyParallelSubmissionsFiftyDistinctGapFreeReferences() throws Exception {
		Municipality pitea = municipalities.requireBySlug("pitea");
		CountDownLatch start = new CountDownLatch(1);
		Callable<String> submit = () -> {
			start.await();
			return intake.submit(pitea, submission("Parallellt")).reference();
		};
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<String> references = new ArrayList<>();
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				results.add(pool.submit(submit));
			}
			// The first 16 start together once all are queued.
			start.countDown();
			for (Future<String> result : results) {
				references.add(result.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		Set<Integer> numbers = new HashSet<>();
		references
			.forEach(reference -> numbers.add(Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1))));
		assertThat(numbers).hasSize(50);
		int lowest = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
		int highest = numbers.stream().mapToInt(Integer::intValue).max().orElseThrow();
		assertThat(highest - lowest).isEqualTo(49);
		// And no number of the year is missing, from the first to the last.
		List<Integer> all = jdbc.sql("""
				select cast(substring(reference from '\\d+$') as integer) from cases
				where municipality_id = ? and reference like ? order by 1""")
			.params(pitea.id(), references.get(0).substring(0, 9) + "%")
			.query(Integer.class)
			.list();
		assertThat(all.get(all.size() - 1) - all.get(0) + 1).isEqualTo(all.size());
	}

	/**
	 * The number comes from a counter row written in the submitting transaction, not from
	 * a sequence: a rolled-back submission gives its number back, so the year has no gap.
	 */
	@Test
	void shouldGiveTheNumberOfARolledBackSubmissionToTheNextOne() {
		Municipality pitea = municipalities.requireBySlug("pitea");
		String rolledBack = new TransactionTemplate(transactions).execute(transaction -> {
			transaction.setRollbackOnly();
			return intake.submit(pitea, submission("Ångrat")).reference();
		});

		assertThat(intake.submit(pitea, submission("Nästa")).reference()).isEqualTo(rolledBack);
	}

	/**
	 * F17: the counter row is locked only at the end of the submitting transaction. With
	 * the row held by a connection of the test's own, a submission with a file waits on
	 * the counter having written its case and its file already (it holds the row lock of
	 * {@code case_attachment}): the slow part no longer runs under the lock.
	 */
	@Test
	void shouldTakeTheNumberOnlyAfterTheCaseAndItsFilesAreWritten() throws Exception {
		Municipality pitea = municipalities.requireBySlug("pitea");
		int year = Integer.parseInt(intake.submit(pitea, submission("Räknaren finns")).reference().split("-")[1]);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try (Connection holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder.prepareStatement(
					"select last_number from case_reference_counter where municipality_id = ? and year = ? for update")) {
				lock.setLong(1, pitea.id());
				lock.setInt(2, year);
				lock.executeQuery().close();
			}
			Future<SubmittedCase> submitting = pool.submit(() -> intake.submit(pitea, submission("Med bild"),
					List.of(new Attachment("bild.png", CaseAttachmentTests.PNG))));
			await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
					select count(*) from pg_stat_activity
					where datname = current_database() and wait_event_type = 'Lock'
					  and query like 'insert into case_reference_counter%'""").query(Long.class).single() == 1);
			long holdingTheFile = jdbc.sql("""
					select count(*) from pg_locks l
					join pg_class c on c.oid = l.relation
					join pg_stat_activity a on a.pid = l.pid
					where c.relname = 'case_attachment' and l.mode = 'RowExclusiveLock'
					  and a.query like 'insert into case_reference_counter%'""").query(Long.class).single();
			holder.rollback();
			SubmittedCase submitted = submitting.get(20, TimeUnit.SECONDS);

			assertThat(holdingTheFile).isEqualTo(1);
			assertThat(submitted.reference()).matches("[A-Z]+-" + year + "-\\d{5}");
			assertThat(jdbc.sql("select count(*) from case_attachment where case_id = ?")
				.param(submitted.id())
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shouldSuggestSimilarPublishedCasesWhileTypingAndAsAConfirmationStep() throws Exception {
		Municipality umea = municipalities.requireBySlug("umea");
		SubmittedCase existing = intake.submit(umea, new CaseSubmission(CaseKind.IDEA, "Utegym", "Text", null, null,
				null, null, true, "sv", null, null, false));
		jdbc.sql("update cases set published = true, public_title = 'Utegym vid Nydalasjön', "
				+ "public_description = 'Ett utegym vid badplatsen.' where id = ?")
			.param(existing.id())
			.update();

		mvc.perform(get("/umea/cases/similar").param("title", "utegym nydala"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(existing.reference())))
			.andExpect(content().string(containsString("Ett utegym vid badplatsen.")))
			.andExpect(content().string(containsString("Samma sak? Följ det i stället")))
			.andExpect(content().string(containsString("/umea/cases/" + existing.reference() + "/follow")));
		mvc.perform(get("/umea/cases/similar").param("title", "snöröjning"))
			.andExpect(content().string(not(containsString(existing.reference()))));

		long before = count();
		mvc.perform(post("/umea/cases").param("kind", "IDEA")
			.param("title", "Utegym vid Nydalasjön")
			.param("description", "Bygg ett utegym.")
			.with(remote())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Liknande ärenden finns redan")))
			.andExpect(content().string(containsString(existing.reference())))
			.andExpect(content().string(containsString("Bygg ett utegym.")));
		assertThat(count()).isEqualTo(before);
		mvc.perform(post("/umea/cases").param("kind", "IDEA")
			.param("title", "Utegym vid Nydalasjön")
			.param("description", "Bygg ett utegym.")
			.param("confirmedNotDuplicate", "true")
			.with(remote())
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void shouldStoreAnOptionalMapPointWithinSwedenAndExplainBadOnes() throws Exception {
		MvcResult submitted = mvc
			.perform(post("/umea/cases").param("kind", "COMPLAINT")
				.param("title", "Trasig gatlykta")
				.param("description", "Lyktan blinkar.")
				.param("latitude", "63.8258")
				.param("longitude", "20.2630")
				.param("confirmedNotDuplicate", "true")
				.with(remote())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String reference = (String) submitted.getFlashMap().get("reference");
		assertThat(jdbc.sql("select latitude from cases where reference = ?")
			.param(reference)
			.query(Double.class)
			.single()).isEqualTo(63.8258);

		mvc.perform(post("/umea/cases").param("kind", "IDEA")
			.param("title", "Halv punkt")
			.param("description", "Text")
			.param("latitude", "63.8")
			.with(remote())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fyll i både latitud och longitud, eller ingen av dem.")));
		mvc.perform(post("/umea/cases").param("kind", "IDEA")
			.param("title", "Oslo")
			.param("description", "Text")
			.param("latitude", "59.91")
			.param("longitude", "10.75")
			.with(remote())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Longituden ska vara ett decimaltal mellan 10,9 och 24,2")))
			.andExpect(content().string(containsString("value=\"10.75\"")));
		mvc.perform(post("/api/v1/umea/cases").contentType(MediaType.APPLICATION_JSON)
			.with(remote())
			.content("{\"kind\":\"IDEA\",\"title\":\"T\",\"description\":\"D\",\"latitude\":63.8}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("api.problem.mapPointBoth"))
			.andExpect(jsonPath("$.detail").value("Ange både latitude och longitude, eller ingen av dem."));
	}

	/**
	 * The receipt's "send me the link": a tracking link of another municipality opens no
	 * receipt and sends nothing; within one, the mail goes out at most the e-mail limit
	 * (5) times per case and window, then the form says so (422) and keeps the address.
	 */
	@Test
	void shouldMailTheLinkFromTheReceiptWithinItsMunicipalityAndLimit() throws Exception {
		SubmittedCase submitted = intake.submit(municipalities.requireBySlug("umea"), submission("Lekplats i Ersboda"),
				List.of());
		String token = submitted.trackingToken();
		mvc.perform(get("/pitea/track/" + token + "/receipt")).andExpect(status().isNotFound());
		String stranger = "grannen-" + UUID.randomUUID() + "@example.se";
		mvc.perform(
				post("/pitea/track/" + token + "/receipt/mail").param("email", stranger).with(remote()).with(csrf()))
			.andExpect(status().isNotFound());

		for (int sent = 1; sent <= 5; sent++) {
			mvc.perform(post("/umea/track/" + token + "/receipt/mail").param("email", "x" + sent + stranger)
				.with(remote())
				.with(csrf())).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/umea/track/" + token + "/receipt/mail").param("email", stranger).with(remote()).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Länken har skickats många gånger")))
			.andExpect(content().string(containsString("value=\"" + stranger + "\"")));
		MimeMessage mail = TestMailServer.awaitOneMailTo("x1" + stranger);
		assertThat(TestMailServer.body(mail)).contains(submitted.reference()).doesNotContain("Lekplats i Ersboda");
		assertThat(TestMailServer.mailsTo(stranger)).isEmpty();
	}

	@Test
	void shouldAcceptTheSwedishDecimalCommaInTheMapPoint() throws Exception {
		MvcResult submitted = mvc
			.perform(post("/umea/cases").param("kind", "COMPLAINT")
				.param("title", "Trasig parkbänk")
				.param("description", "Bänken saknar en planka.")
				.param("latitude", "57,72")
				.param("longitude", " 11.97 ")
				.param("confirmedNotDuplicate", "true")
				.with(remote())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String reference = (String) submitted.getFlashMap().get("reference");
		assertThat(jdbc.sql("select latitude from cases where reference = ?")
			.param(reference)
			.query(Double.class)
			.single()).isEqualTo(57.72);
		assertThat(jdbc.sql("select longitude from cases where reference = ?")
			.param(reference)
			.query(Double.class)
			.single()).isEqualTo(11.97);

		// A coordinate in a wrong form is told at its own field, and not also as half a
		// point.
		mvc.perform(post("/umea/cases").param("kind", "IDEA")
			.param("title", "Fel form")
			.param("description", "Text")
			.param("latitude", "57,7,2")
			.param("longitude", "11,97")
			.with(remote())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skriv latituden som ett decimaltal")))
			.andExpect(content().string(not(containsString("Fyll i både latitud och longitud"))))
			.andExpect(content().string(containsString("value=\"57,7,2\"")));
	}

	@Test
	void shouldNameTheFieldInTheErrorSummaryAndTheTitle() throws Exception {
		String page = mvc
			.perform(post("/umea/cases").param("kind", "IDEA")
				.param("title", "")
				.param("description", "")
				.with(remote())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document html = Jsoup.parse(page);
		assertThat(html.title()).startsWith("Fel: Lämna en idé eller synpunkt");
		assertThat(html.select(".error-summary a").eachText()).contains("Skriv en rubrik.", "Skriv en beskrivning.");
		assertThat(html.select(".error-summary a[href=#title]").text()).isEqualTo("Skriv en rubrik.");

		String english = mvc
			.perform(post("/umea/cases").param("kind", "IDEA")
				.param("title", "x".repeat(151))
				.param("description", "Text")
				.param("lang", "en")
				.with(remote())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(english).select(".error-summary a").eachText())
			.contains("The title can be at most 150 characters.");
		assertThat(Jsoup.parse(english).title()).startsWith("Error: ");

		Document form = Jsoup.parse(mvc.perform(get("/umea/cases/new"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.title()).doesNotStartWith("Fel");
		assertThat(form.select("#kind-PROPOSAL-hint").text()).contains("kommunfullmäktige");
		assertThat(form.select("#kind-PROPOSAL").attr("aria-describedby")).isEqualTo("kind-PROPOSAL-hint");
	}

	private static CaseSubmission submission(String title) {
		return new CaseSubmission(CaseKind.IDEA, title, "Beskrivning", null, null, null, null, false, "sv", null, null,
				false);
	}

	private long count() {
		return jdbc.sql("select count(*) from cases").query(Long.class).single();
	}

	/**
	 * A client address of its own, so the intake rate limit of one test does not reach
	 * another.
	 */
	private static RequestPostProcessor remote() {
		String address = "10.3." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
