package se.medskapa.notifications;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffCredentials;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.DemoDataCondition;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * F1: the record of sent mail never holds a live secret. Sign-in, reset, invitation and
 * tracking links reach the recipient (GreenMail) but are replaced in {@code sent_mail};
 * the operator's page shows no bodies outside the demo without SMTP; old records are
 * purged.
 */
@Tag("persistence")
class SentMailSecretsTests extends IntegrationTest {

	@Autowired
	Residents residents;

	@Autowired
	StaffCredentials credentials;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	@Autowired
	CaseIntake intake;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void shouldRecordTheSignInMailWithoutItsLink() {
		String email = newAddress();
		residents.sendSignInLink(email, Locale.forLanguageTag("sv"));

		String link = TestMailServer.linkIn(TestMailServer.awaitOneMailTo(email), "/login/ott");
		assertRecordedWithout(email, link, "/login/ott");
	}

	@Test
	void shouldRecordTheResetMailWithoutItsLink() {
		long boras = municipalities.requireBySlug("boras").id();
		TestStaff member = TestStaff.create(directory, users, boras, Set.of(StaffRole.HANDLER), List.of());
		credentials.requestPasswordReset(member.email(), Locale.forLanguageTag("sv"));

		String link = TestMailServer.linkIn(TestMailServer.awaitOneMailTo(member.email()), "/staff/password-reset/new");
		assertRecordedWithout(member.email(), link, "token=");
	}

	@Test
	void shouldRecordTheInvitationWithoutItsLink() {
		Municipality boras = municipalities.requireBySlug("boras");
		String email = newAddress();
		directory.invite(boras, email, "Ida Inbjuden", Set.of(StaffRole.HANDLER), List.of(), "Anna Admin",
				Locale.forLanguageTag("sv"));

		String link = TestMailServer.linkIn(TestMailServer.awaitOneMailTo(email), "/staff/invitation");
		assertRecordedWithout(email, link, "token=");
	}

	@Test
	void shouldRecordTheCaseReceiptWithoutItsTrackingLink() {
		Municipality umea = municipalities.requireBySlug("umea");
		String email = newAddress();
		intake.submit(umea, new CaseSubmission(CaseKind.IDEA, "Fler bänkar", "Vid älven behövs bänkar.", null, null,
				null, email, false, "sv", null, null, false));

		String link = TestMailServer.linkIn(TestMailServer.awaitOneMailTo(email), "/umea/track/");
		assertRecordedWithout(email, link, "/track/");
	}

	@Test
	void shouldShowTheOperatorNoMailBodiesOutsideTheDemoMailbox() throws Exception {
		String email = newAddress();
		String words = "Hemlig brödtext " + UUID.randomUUID();
		mailer.send(new Mail(null, email, "Ämne " + words, "Innehåll: " + words));
		TestMailServer.awaitOneMailTo(email);
		TestStaff operator = TestStaff.create(directory, users, null, Set.of(StaffRole.PLATFORM_OPERATOR), List.of());

		assertThat(mailer.recordsFullBodies()).as("the test profile has SMTP: no demo mailbox").isFalse();
		mvc.perform(get("/operator/sent-mail").with(operator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("Ämne " + words)))
			.andExpect(content().string(not(containsString("Innehåll: " + words))));
	}

	@Test
	void shouldKeepWholeMailsOnlyInTheDemoWithoutSmtp() {
		MockEnvironment demoWithoutSmtp = new MockEnvironment();
		assertThat(DemoDataCondition.isDemoMailbox(demoWithoutSmtp)).isTrue();
		assertThat(DemoDataCondition.isDemoMailbox(new MockEnvironment().withProperty("spring.mail.host", "smtp")))
			.isFalse();
		assertThat(DemoDataCondition
			.isDemoMailbox(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")))
			.isFalse();
		assertThat(DemoDataCondition
			.isDemoMailbox(new MockEnvironment().withProperty("medskapa.demo-data.enabled", "false"))).isFalse();

		// The demo's mailbox: no SMTP, the record is the only way to read the link.
		Mailer demoMailbox = new Mailer(jdbc, new NoSmtp(), "noreply@test", Clock.systemUTC(), transactions, true,
				Duration.ofDays(30));
		String email = newAddress();
		String link = "http://localhost/login/ott?token=" + UUID.randomUUID();
		demoMailbox.send(new Mail(null, email, "Länk", "Logga in: " + link).withSecret(link));
		assertThat(recordedBody(email)).contains(link);
		assertThat(demoMailbox.recent(null, 50)).anyMatch(mail -> mail.body() != null && mail.body().contains(link));
		assertThat(mailer.recent(null, 50)).allMatch(mail -> mail.body() == null);
	}

	@Test
	void shouldPurgeRecordsOlderThanTheRetention() {
		String old = newAddress();
		String recent = newAddress();
		jdbc.sql("insert into sent_mail (recipient, subject, body, created_at) values (?, 'Gammal', '', ?)")
			.params(old, Timestamp.from(Instant.now().minus(Duration.ofDays(31))))
			.update();
		jdbc.sql("insert into sent_mail (recipient, subject, body, created_at) values (?, 'Ny', '', ?)")
			.params(recent, Timestamp.from(Instant.now().minus(Duration.ofDays(29))))
			.update();

		assertThat(mailer.purgeExpired()).isPositive();

		assertThat(recordsTo(old)).isZero();
		assertThat(recordsTo(recent)).isOne();
	}

	/** The migration that cleans the records written before this rule. */
	@Test
	void shouldRedactTheLinksInRecordsFromBefore() throws Exception {
		String email = newAddress();
		String body = "Logga in: http://localhost:8080/login/ott?token=abc123\nÅterställ: "
				+ "https://kommun.se/staff/password-reset/new?token=x-y_z\nInbjudan: https://kommun.se/staff/invitation?token=q"
				+ "\nFölj: https://kommun.se/umea/track/T0k3n_-\nSe ärendet: https://kommun.se/umea/cases/UME-2026-00001";
		jdbc.sql("insert into sent_mail (recipient, subject, body) values (?, 'Förr', ?)").params(email, body).update();

		String migration = new String(
				getClass().getResourceAsStream("/db/migration/notifications/V1__redact_links_in_sent_mail.sql")
					.readAllBytes(),
				StandardCharsets.UTF_8);
		jdbc.sql(migration).update();

		assertThat(recordedBody(email)).doesNotContain("token=")
			.doesNotContain("/track/")
			.contains("Logga in: " + Mail.REDACTED)
			.contains("Följ: " + Mail.REDACTED)
			.contains("https://kommun.se/umea/cases/UME-2026-00001");
	}

	private void assertRecordedWithout(String recipient, String link, String secretMarker) {
		assertThat(link).contains(secretMarker);
		String body = recordedBody(recipient);
		assertThat(body).doesNotContain(link).doesNotContain(secretMarker).contains(Mail.REDACTED);
	}

	private String recordedBody(String recipient) {
		return jdbc.sql("select body from sent_mail where recipient = ?").param(recipient).query(String.class).single();
	}

	private long recordsTo(String recipient) {
		return jdbc.sql("select count(*) from sent_mail where recipient = ?")
			.param(recipient)
			.query(Long.class)
			.single();
	}

	private static String newAddress() {
		return "mail-" + UUID.randomUUID() + "@test.medskapa.example";
	}

	/** An installation without {@code spring.mail.host}. */
	private static final class NoSmtp implements ObjectProvider<JavaMailSender> {

		@Override
		public JavaMailSender getObject() {
			throw new IllegalStateException("no SMTP");
		}

		@Override
		public JavaMailSender getIfAvailable() {
			return null;
		}

	}

}
