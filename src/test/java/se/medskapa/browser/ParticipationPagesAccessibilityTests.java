package se.medskapa.browser;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Organisation;
import se.medskapa.participation.Comments;
import se.medskapa.participation.Digests;
import se.medskapa.participation.Participant;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestResidents;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-petition and follow parts of a proposal's page, and the page of the link in a
 * digest, pass axe at 1280 and 320 px in Swedish and English: a resident signs in,
 * supports the proposal until it qualifies, follows it, gets the digest and stops
 * following everything by its link.
 */
class ParticipationPagesAccessibilityTests extends BrowserTest {

	@Autowired
	Organisation organisation;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Residents residents;

	@Autowired
	Comments comments;

	@Autowired
	Digests digests;

	@Autowired
	Clock clock;

	@Test
	void shouldHaveNoAxeViolationsOnAPetitionItsFollowAndTheUnfollowPage() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		TestStaff coach = newStaff(town.municipality(), "Ida Idécoach", List.of(), StaffRole.IDEA_COACH);
		jdbc.sql("""
				insert into participation_petition_rule (municipality_id, threshold, period_days, unit_id, changed_at)
				values (?, 1, 60, ?, now())""").params(town.id(), town.library().id()).update();
		SubmittedCase proposal = intake.submit(town.municipality(),
				new CaseSubmission(CaseKind.PROPOSAL, "Skatepark vid stationen", "En plats för unga.", null, null, null,
						null, true, "sv", null, null, false));
		handling.publishCase(users.reload(coach.id()).orElseThrow(), town.id(), proposal.reference(),
				new PublicVersion("Skatepark vid stationen", "En plats för unga att åka."));
		String page = town.path("/cases/" + proposal.reference());

		String email = "e-forslag-" + UUID.randomUUID() + "@test.medskapa.example";
		signInAsResident(email);
		open(page);
		assertThat(find(".petition").getText()).contains("Får förslaget 1 stöd inom 60 dagar");
		assertAccessibleWideAndNarrow();
		submitForm("#support form[action$='/support']");
		assertThat(find(".petition-qualified").getText()).contains(town.library().name());
		submitForm("#follow form");
		assertThat(find(".flash").getText()).isEqualTo(message("flash.participation.followed", "sv"));
		assertAccessibleWideAndNarrow();
		openInEnglish(page);
		assertLanguage("en");
		assertAccessibleWideAndNarrow();

		ResidentPrincipal other = TestResidents.create(residents);
		comments.post(town.id(), ItemKind.CASE, proposal.id(), null, Participant.resident(other), "Ja, gärna!");
		TestMailServer.Mark mark = TestMailServer.mark();
		digests.sendDigests(clock.instant().plus(Duration.ofDays(1)));
		openLinkInMail(email, mark, town.path("/participation/unfollow/"));
		assertHeading("participation.unfollowPage.heading", "en");
		assertAccessibleWideAndNarrow();
		String link = currentPath();
		open(link + "?lang=sv");
		assertHeading("participation.unfollowPage.heading", "sv");
		assertAccessibleWideAndNarrow();
		submitForm();
		assertThat(find("main").getText()).contains(message("participation.unfollowPage.done", "sv"));
		assertAccessibleWideAndNarrow();
		open(town.path("/participation/unfollow/not-a-link"));
		assertThat(find("main").getText()).contains(message("participation.unfollowPage.invalid", "sv"));
		assertAccessibleWideAndNarrow();
	}

}
