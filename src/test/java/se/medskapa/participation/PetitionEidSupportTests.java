package se.medskapa.participation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.ResidentIdentities;
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
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestResidents;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Where the municipality requires e-ID for e-petition support: a resident without linked
 * e-ID is sent to link it and back, and one person supports a proposal once, even from
 * two accounts (the identity linked to one, then, unlinked, to the other). A linked
 * identity is set up as the accounts module stores it; the linking itself is tested with
 * mock-oauth2-server in {@code EidLoginTests}.
 */
@Tag("persistence")
class PetitionEidSupportTests extends IntegrationTest {

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
	ResidentIdentities identities;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	Supports supports;

	@Autowired
	JdbcClient jdbc;

	TestMunicipality town;

	TestStaff coach;

	@BeforeEach
	void requireEidForPetitions() {
		town = TestMunicipality.register(municipalities, organisation);
		coach = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		jdbc.sql("""
				insert into participation_petition_rule (municipality_id, threshold, period_days, unit_id, changed_at)
				values (?, 50, 60, null, now())""").param(town.id()).update();
		jdbc.sql("insert into eid_requirement (municipality_id, petition_support) values (?, true)")
			.param(town.id())
			.update();
	}

	@Test
	void shouldSendAResidentWithoutEidToLinkItAndBack() throws Exception {
		SubmittedCase proposal = publish(CaseKind.PROPOSAL);
		String page = town.path("/cases/" + proposal.reference());
		ResidentPrincipal resident = TestResidents.create(residents);
		mvc.perform(post(page("/participation/case/", proposal)).with(TestResidents.signedIn(resident)).with(csrf()))
			.andExpect(redirectedUrl(town.path("/e-id/link?returnTo=" + page)));
		mvc.perform(post("/api/v1/" + town.slug() + "/participation/case/" + proposal.id() + "/support")
			.with(TestResidents.signedIn(resident)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value(Supports.EID_REQUIRED));
		assertThat(supports.count(town.id(), ItemKind.CASE, proposal.id())).isZero();
	}

	@Test
	void shouldCountOnePersonOnceEvenFromTwoAccounts() {
		SubmittedCase proposal = publish(CaseKind.PROPOSAL);
		String person = "hash-" + UUID.randomUUID();
		ResidentPrincipal first = TestResidents.create(residents);
		ResidentPrincipal second = TestResidents.create(residents);
		link(first, person);
		assertThat(supports.support(town.id(), ItemKind.CASE, proposal.id(), Participant.resident(first))).isTrue();
		identities.unlink(first.id());
		link(second, person);
		assertThat(supports.support(town.id(), ItemKind.CASE, proposal.id(), Participant.resident(second))).isFalse();
		assertThat(supports.count(town.id(), ItemKind.CASE, proposal.id())).isEqualTo(1);

		ResidentPrincipal someoneElse = TestResidents.create(residents);
		link(someoneElse, "hash-" + UUID.randomUUID());
		assertThat(supports.support(town.id(), ItemKind.CASE, proposal.id(), Participant.resident(someoneElse)))
			.isTrue();
		assertThat(supports.count(town.id(), ItemKind.CASE, proposal.id())).isEqualTo(2);
	}

	@Test
	void shouldNeedNoEidForAnItemThatCannotBeAPetition() {
		SubmittedCase idea = publish(CaseKind.IDEA);
		ResidentPrincipal resident = TestResidents.create(residents);
		assertThat(supports.support(town.id(), ItemKind.CASE, idea.id(), Participant.resident(resident))).isTrue();
	}

	private SubmittedCase publish(CaseKind kind) {
		SubmittedCase submitted = intake.submit(town.municipality(), new CaseSubmission(kind, "Skatepark",
				"Vid stationen.", null, null, null, null, true, "sv", null, null, false));
		handling.publishCase(users.reload(coach.id()).orElseThrow(), town.id(), submitted.reference(),
				new PublicVersion("Skatepark vid stationen", "En plats för unga."));
		return submitted;
	}

	private String page(String prefix, SubmittedCase proposal) {
		return town.path(prefix + proposal.id() + "/support");
	}

	private void link(ResidentPrincipal resident, String identityHash) {
		jdbc.sql("""
				insert into resident_identity (resident_id, identity_hash, level_of_assurance, verified_at,
				                               verified_municipality_id)
				values (?, ?, null, now(), ?)""").params(resident.id(), identityHash, town.id()).update();
	}

}
