package se.medskapa.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Internal moves of a case reach the resident as one mail per window (UX finding 12), not
 * one mail per move, over real SMTP (GreenMail); every mail is signed with the
 * municipality's name and sent under it. The job runs with an instant the test passes in:
 * no waiting for the window.
 */
@Tag("persistence")
class CaseMoveMailTests extends IntegrationTest {

	/** The window of the test profile (the default, medskapa.cases.move-mail-window). */
	static final Duration WINDOW = Duration.ofMinutes(2);

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	CaseMails mails;

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

	@BeforeEach
	void registerMunicipalityAndStaff() {
		town = TestMunicipality.register(municipalities, organisation);
		coach = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		handler = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.HANDLER),
				List.of(town.streets().id()));
	}

	@Test
	void shouldTellTheResidentOfRoutingAndTheContactInOneMailSignedByTheMunicipality() throws Exception {
		String resident = newAddress();
		SubmittedCase submitted = intake.submit(town.municipality(), submission(resident));
		awaitMails(resident, 1);

		handling.routeCase(principal(coach), town.id(), submitted.reference(), town.streets().id(), null, null);
		handling.takeCase(principal(handler), town.id(), submitted.reference());
		awaitListenersDone(submitted);

		// Within the window: nothing yet, the moves wait.
		mails.sendDueMoveMails(Instant.now());
		assertThat(TestMailServer.mailsTo(resident)).as("the receipt only").hasSize(1);
		assertThat(pendingMovesOf(submitted)).isEqualTo(2);

		// After the window: one mail telling both moves, in order.
		mails.sendDueMoveMails(Instant.now().plus(WINDOW).plusSeconds(1));
		MimeMessage mail = awaitMails(resident, 2).get(1);
		String body = TestMailServer.body(mail).replace("\r\n", "\n").strip();
		assertThat(body).contains("Ärendet har skickats till Gata och park, som ansvarar för det.",
				"Test [HANDLER] på Gata och park är nu din kontaktperson.");
		assertThat(body.indexOf("skickats till")).isLessThan(body.indexOf("kontaktperson"));
		assertThat(body).endsWith("Med vänlig hälsning\nProvköpings kommun\n(skickat via Medskapa)");
		InternetAddress from = (InternetAddress) mail.getFrom()[0];
		assertThat(from.getPersonal()).isEqualTo("Provköpings kommun (via Medskapa)");
		assertThat(pendingMovesOf(submitted)).isZero();

		// Once: the job finds nothing more to send.
		mails.sendDueMoveMails(Instant.now().plus(WINDOW.multipliedBy(5)));
		assertThat(TestMailServer.mailsTo(resident)).hasSize(2);
	}

	@Test
	void shouldSendTheWaitingMovesWithTheNextNewsThatIsMailedAtOnce() throws Exception {
		String resident = newAddress();
		SubmittedCase submitted = intake.submit(town.municipality(), submission(resident));
		awaitMails(resident, 1);
		handling.routeCase(principal(coach), town.id(), submitted.reference(), town.streets().id(), null, null);
		handling.takeCase(principal(handler), town.id(), submitted.reference());
		awaitListenersDone(submitted);

		handling.changeCaseStatus(principal(handler), town.id(), submitted.reference(), CaseStatus.PLANNED,
				"Belysningen planeras till hösten.", null);

		MimeMessage mail = awaitMails(resident, 2).get(1);
		assertThat(TestMailServer.body(mail)).contains("skickats till Gata och park", "är nu din kontaktperson",
				"Status ändrad", "Belysningen planeras till hösten.");
		assertThat(pendingMovesOf(submitted)).isZero();
		mails.sendDueMoveMails(Instant.now().plus(WINDOW.multipliedBy(5)));
		awaitListenersDone(submitted);
		assertThat(TestMailServer.mailsTo(resident)).hasSize(2);
	}

	@Test
	void shouldMailEachMunicipalitysMovesApartUnderItsOwnName() throws Exception {
		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		TestStaff otherCoach = TestStaff.create(directory, users, other.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		String resident = newAddress();
		SubmittedCase here = intake.submit(town.municipality(), submission(resident));
		SubmittedCase there = intake.submit(other.municipality(), submission(resident));
		awaitMails(resident, 2);

		handling.routeCase(principal(coach), town.id(), here.reference(), town.streets().id(), null, null);
		handling.routeCase(principal(otherCoach), other.id(), there.reference(), other.library().id(), null, null);
		awaitListenersDone(here);
		awaitListenersDone(there);
		mails.sendDueMoveMails(Instant.now().plus(WINDOW).plusSeconds(1));

		List<MimeMessage> all = awaitMails(resident, 4);
		// Both test municipalities are "Provköpings kommun" with the same prefix: the
		// mails differ by their tracking address and the unit each case went to.
		assertThat(all.subList(2, 4)).extracting(TestMailServer::body)
			.anySatisfy(body -> assertThat(body).contains("/" + town.slug() + "/track/", "Gata och park")
				.doesNotContain("/" + other.slug() + "/", "Stadsbiblioteket"))
			.anySatisfy(body -> assertThat(body).contains("/" + other.slug() + "/track/", "Stadsbiblioteket")
				.doesNotContain("/" + town.slug() + "/", "Gata och park"));
	}

	/**
	 * At least {@code count} mails to the address, oldest first (generous: the machine
	 * running the suite may be busy).
	 */
	private static List<MimeMessage> awaitMails(String address, int count) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> TestMailServer.mailsTo(address).size() >= count);
		return TestMailServer.mailsTo(address);
	}

	/** The case's mail listeners have run for every event so far. */
	private void awaitListenersDone(SubmittedCase submitted) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("""
					select count(*) from event_publication
					where completion_date is null and listener_id like ?
					  and (serialized_event::jsonb ->> 'caseId')::bigint = ?""")
				.params(CaseMails.class.getName() + ".%", submitted.id())
				.query(Long.class)
				.single() == 0);
	}

	private long pendingMovesOf(SubmittedCase submitted) {
		return jdbc.sql("select count(*) from case_mail_pending where case_id = ?")
			.param(submitted.id())
			.query(Long.class)
			.single();
	}

	private StaffPrincipal principal(TestStaff staff) {
		return users.reload(staff.id()).orElseThrow();
	}

	private static String newAddress() {
		return "resident-" + UUID.randomUUID() + "@test.medskapa.example";
	}

	private static CaseSubmission submission(String email) {
		return new CaseSubmission(CaseKind.PROPOSAL, "Belysning på cykelbanan", "Cykelbanan vid Nydala är mörk.", null,
				"Nydala", "Ali", email, false, "sv", null, null, false);
	}

}
