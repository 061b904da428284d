package se.medskapa.participation;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestResidents;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Following an item's discussion: the daily and weekly digest (sent at a given instant,
 * through SMTP to GreenMail) with what others did since the last one, no mail when
 * nothing is new, and the one-click link in the mail that ends every follow in the
 * municipality, and nowhere else.
 */
@Tag("persistence")
class FollowDigestTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Residents residents;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	Follows follows;

	@Autowired
	Digests digests;

	@Autowired
	Comments comments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	TestMunicipality town;

	SubmittedCase published;

	ResidentPrincipal follower;

	@BeforeEach
	void publishACaseAndFollowIt() throws Exception {
		town = TestMunicipality.register(municipalities, organisation);
		TestStaff coach = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		published = intake.submit(town.municipality(), new CaseSubmission(CaseKind.IDEA, "Fler bänkar", "Längs ån.",
				null, null, null, null, true, "sv", null, null, false));
		handling.publishCase(users.reload(coach.id()).orElseThrow(), town.id(), published.reference(),
				new PublicVersion("Fler bänkar längs ån", "Det behövs fler platser att vila på."));
		follower = TestResidents.create(residents);
	}

	@Test
	void shouldMailADailyDigestOfWhatOthersDidAndEndEveryFollowByItsLink() throws Exception {
		mvc.perform(post(itemPath("/follow")).param("frequency", "DAILY")
			.with(TestResidents.signedIn(follower))
			.with(csrf())).andExpect(redirectedUrl(casePath() + "#follow"));
		mvc.perform(get(casePath()).with(TestResidents.signedIn(follower)))
			.andExpect(content().string(containsString("Du följer diskussionen och får ett mejl om dagen")));
		comments.post(town.id(), ItemKind.CASE, published.id(), null, Participant.resident(follower), "Min egen.");
		ResidentPrincipal other = TestResidents.create(residents);
		comments.post(town.id(), ItemKind.CASE, published.id(), null, Participant.resident(other), "Bra idé!");
		mvc.perform(post(itemPath("/support")).with(TestResidents.signedIn(other)).with(csrf()));

		TestMailServer.Mark mark = TestMailServer.mark();
		assertThat(digestTo(clock.instant().plus(Duration.ofHours(2)))).isEmpty();
		digests.sendDigests(clock.instant().plus(Duration.ofDays(1)));
		MimeMessage mail = TestMailServer.awaitOneMailTo(follower.email(), mark);
		String body = TestMailServer.body(mail);
		assertThat(TestMailServer.subjectOf(mail)).isEqualTo("Nytt i det du följer i " + town.municipality().name());
		assertThat(body).contains("Fler bänkar längs ån").contains("1 ny kommentar, 1 nytt stöd").contains(casePath());

		// Nothing new since: no second digest.
		TestMailServer.Mark second = TestMailServer.mark();
		digests.sendDigests(clock.instant().plus(Duration.ofDays(2)));
		assertThat(TestMailServer.mailsTo(follower.email(), second)).isEmpty();

		String link = URI.create(TestMailServer.linkIn(mail, town.path("/participation/unfollow/"))).getPath();
		TestMunicipality elsewhere = TestMunicipality.register(municipalities, organisation);
		String foreign = link.replace(town.path(""), elsewhere.path(""));
		mvc.perform(get(foreign)).andExpect(content().string(containsString("Länken gäller inte längre")));
		mvc.perform(post(foreign).with(csrf()));
		assertThat(follows.following(town.id(), ItemKind.CASE, published.id(), Participant.resident(follower)))
			.isPresent();

		mvc.perform(get(link)).andExpect(content().string(containsString("Sluta följa allt")));
		mvc.perform(post(link).with(csrf())).andExpect(content().string(containsString("Du följer inget längre")));
		assertThat(follows.following(town.id(), ItemKind.CASE, published.id(), Participant.resident(follower)))
			.isEmpty();
	}

	@Test
	void shouldMailAWeeklyFollowerOnlyAfterAWeekAndLetThemStopOnThePage() throws Exception {
		mvc.perform(post(itemPath("/follow")).param("frequency", "WEEKLY")
			.with(TestResidents.signedIn(follower))
			.with(csrf()));
		comments.post(town.id(), ItemKind.CASE, published.id(), null,
				Participant.resident(TestResidents.create(residents)), "Ja!");

		assertThat(digestTo(clock.instant().plus(Duration.ofDays(1)))).isEmpty();
		assertThat(digestTo(clock.instant().plus(Duration.ofDays(7)))).hasSize(1);

		mvc.perform(post(itemPath("/unfollow")).with(TestResidents.signedIn(follower)).with(csrf()))
			.andExpect(redirectedUrl(casePath() + "#follow"));
		assertThat(follows.following(town.id(), ItemKind.CASE, published.id(), Participant.resident(follower)))
			.isEmpty();
	}

	@Test
	void shouldSendSomeoneNotSignedInWhoWantsToFollowToSignIn() throws Exception {
		mvc.perform(post(itemPath("/follow")).with(csrf())).andExpect(redirectedUrl(itemPath("/sign-in")));
	}

	private List<MimeMessage> digestTo(Instant now) {
		TestMailServer.Mark mark = TestMailServer.mark();
		digests.sendDigests(now);
		return TestMailServer.mailsTo(follower.email(), mark);
	}

	private String casePath() {
		return town.path("/cases/" + published.reference());
	}

	private String itemPath(String action) {
		return town.path("/participation/case/" + published.id() + action);
	}

}
