package se.medskapa.challenges;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.meetings.Audience;
import se.medskapa.meetings.EventDetails;
import se.medskapa.meetings.EventKind;
import se.medskapa.meetings.MeetingEvents;
import se.medskapa.meetings.Promotion;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A challenge links one of its municipality's coming public events, shown on its public
 * page while the event is public; an event of another municipality, or one the public
 * does not see, cannot be linked; only those who may edit the challenge link.
 */
@Tag("persistence")
class ChallengeEventLinkTests extends IntegrationTest {

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
	ChallengeAdministration administration;

	@Autowired
	MeetingEvents events;

	TestMunicipality town;

	TestStaff lead;

	StaffPrincipal admin;

	long challengeId;

	@BeforeEach
	void publishAChallenge() {
		town = TestMunicipality.register(municipalities, organisation);
		lead = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.UNIT_LEAD), List.of(town.library().id()));
		admin = users
			.reload(TestStaff.create(directory, users, town.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of()).id())
			.orElseThrow();
		challengeId = administration.create(users.reload(lead.id()).orElseThrow(), town.id(),
				new ChallengeDraft(town.library().id(), "Fler unga på biblioteket", "Få unga kommer.", "Unga 13–19",
						"Fler kommer tillbaka", "En lokal att testa i.", LocalDate.now().plusDays(30), "Enhetschefen",
						null));
		administration.publish(users.reload(lead.id()).orElseThrow(), town.id(), challengeId);
	}

	@Test
	void shouldShowALinkedPublicEventOnTheChallengesPages() throws Exception {
		long workshop = event(town, admin, "Verkstad om unga och biblioteket", Audience.PUBLIC);
		mvc.perform(get(town.path("/staff/challenges/" + challengeId)).with(lead.signedIn()))
			.andExpect(content().string(containsString("Verkstad om unga och biblioteket")));
		mvc.perform(post(town.path("/staff/challenges/" + challengeId + "/event"))
			.param("eventId", String.valueOf(workshop))
			.with(lead.signedIn())
			.with(csrf())).andExpect(flash().attribute("flash", "flash.challenge.eventLinked"));
		mvc.perform(get(town.path("/challenges/" + challengeId)))
			.andExpect(content().string(containsString("/events/" + workshop)))
			.andExpect(content().string(containsString("Verkstad om unga och biblioteket")));

		events.publish(town.id(), admin, workshop, false);
		mvc.perform(get(town.path("/challenges/" + challengeId)))
			.andExpect(content().string(not(containsString("Verkstad om unga och biblioteket"))));

		mvc.perform(post(town.path("/staff/challenges/" + challengeId + "/event")).param("eventId", "")
			.with(lead.signedIn())
			.with(csrf())).andExpect(flash().attribute("flash", "flash.challenge.eventLinked"));
	}

	@Test
	void shouldRefuseAnEventOfAnotherMunicipalityOrOneThePublicDoesNotSee() throws Exception {
		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		StaffPrincipal otherAdmin = users
			.reload(TestStaff.create(directory, users, other.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of())
				.id())
			.orElseThrow();
		long theirs = event(other, otherAdmin, "Grannkommunens verkstad", Audience.PUBLIC);
		long staffOnly = event(town, admin, "Internt möte", Audience.STAFF_ONLY);
		for (long eventId : List.of(theirs, staffOnly)) {
			mvc.perform(post(town.path("/staff/challenges/" + challengeId + "/event"))
				.param("eventId", String.valueOf(eventId))
				.with(lead.signedIn())
				.with(csrf())).andExpect(flash().attribute("challengeError", "challenge.error.eventUnknown"));
		}
		mvc.perform(get(town.path("/challenges/" + challengeId)))
			.andExpect(content().string(not(containsString("Grannkommunens verkstad"))));
		// Staff who may not edit the challenge link nothing.
		TestStaff handler = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.HANDLER),
				List.of(town.streets().id()));
		long workshop = event(town, admin, "Öppen verkstad", Audience.PUBLIC);
		mvc.perform(post(town.path("/staff/challenges/" + challengeId + "/event"))
			.param("eventId", String.valueOf(workshop))
			.with(handler.signedIn())
			.with(csrf())).andExpect(status().isForbidden());
	}

	private long event(TestMunicipality municipality, StaffPrincipal by, String title, Audience audience) {
		Instant startsAt = Instant.now().plus(Duration.ofDays(7));
		return events.create(municipality.id(), by,
				new EventDetails(municipality.streets().id(), EventKind.FUTURE_WORKSHOP, title, "Välkommen!", startsAt,
						startsAt.plus(Duration.ofHours(2)), "Biblioteket", null, "Hiss", audience, List.of(), 30, null,
						null, 1, Promotion.DIRECT, 24, "Eva Arrangör", "eva@prov.example"),
				true);
	}

}
