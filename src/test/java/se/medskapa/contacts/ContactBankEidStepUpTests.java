package se.medskapa.contacts;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.EidPurpose;
import se.medskapa.accounts.ResidentIdentities;
import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.accounts.TestIdentityNumbers;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestResidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.medskapa.support.TestResidents.signedIn;

/**
 * Step-up (issue 11): a municipality can require e-ID to join its contact bank; a
 * resident without it is offered to link it and told what else they can do, and the
 * requirement of one municipality leaves the others' banks as they are.
 */
@Tag("persistence")
class ContactBankEidStepUpTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

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
	ContactBank bank;

	@Autowired
	ContactBankSettings settings;

	@Autowired
	ResidentIdentities identities;

	ContactBankFixture strict;

	ContactBankFixture open;

	@BeforeEach
	void twoBanksOneRequiringEid() {
		strict = ContactBankFixture.open(municipalities, organisation, directory, users, residents, bank, settings);
		open = ContactBankFixture.open(municipalities, organisation, directory, users, residents, bank, settings);
		identities.requireEid(strict.town().id(), EidPurpose.CONTACT_BANK, true);
	}

	@Test
	void shouldOfferEidAndTheAlternativesInsteadOfTheFormToAResidentWithoutEid() throws Exception {
		ResidentPrincipal resident = TestResidents.create(residents);

		String page = mvc.perform(get(strict.town().path("/contact-bank")).with(signedIn(resident)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(strict.town().path("/e-id/link"), text("contacts.eid.required"),
				text("contacts.eid.alternative"));
		assertThat(page).doesNotContain("name=\"consent\"");
	}

	@Test
	void shouldRefuseToJoinWithoutEidWhereItIsRequired() throws Exception {
		ResidentPrincipal resident = TestResidents.create(residents);

		assertThatThrownBy(
				() -> bank.join(strict.town().id(), resident.id(), strict.purposes("FROM_30_TO_44", null), true))
			.isInstanceOfSatisfying(InvalidContactInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("contacts.error.eidRequired"));
		mvc.perform(
				post(strict.town().path("/contact-bank")).param("topics", String.valueOf(strict.town().roads().id()))
					.param("ways", "WORKSHOP")
					.param("frequency", "MONTH")
					.param("language", "sv")
					.param("consent", "true")
					.with(signedIn(resident))
					.with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(bank.membership(strict.town().id(), resident.id())).isEmpty();
	}

	@Test
	void shouldLetAResidentWithLinkedEidJoin() {
		ResidentPrincipal resident = TestResidents.create(residents);
		TestIdentityNumbers.link(identities, strict.town().id(), resident.id());

		bank.join(strict.town().id(), resident.id(), strict.purposes("FROM_30_TO_44", null), true);

		assertThat(bank.membership(strict.town().id(), resident.id())).isPresent();
	}

	@Test
	void shouldKeepTheEmailLinkEnoughInAMunicipalityThatRequiresNoEid() {
		ResidentPrincipal resident = TestResidents.create(residents);

		bank.join(open.town().id(), resident.id(), open.purposes("FROM_30_TO_44", null), true);

		assertThat(bank.membership(open.town().id(), resident.id())).isPresent();
		assertThat(identities.requiresEid(open.town().id(), EidPurpose.CONTACT_BANK)).isFalse();
		assertThat(identities.requiresEid(strict.town().id(), EidPurpose.PETITION_SUPPORT)).isFalse();
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.forLanguageTag("sv")).substring(0, 30);
	}

}
