package se.medskapa.challenges;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The owning unit uploads images (only with alt text) and documents to a challenge; the
 * type is read from the first bytes; the public sees them only once the challenge is
 * published; another municipality's staff can neither add nor fetch them.
 */
@Tag("persistence")
class ChallengeAttachmentTests extends IntegrationTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes();

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
	ChallengeAttachments attachments;

	TestMunicipality town;

	TestStaff lead;

	long challengeId;

	@BeforeEach
	void draftAChallenge() {
		town = TestMunicipality.register(municipalities, organisation);
		lead = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.UNIT_LEAD), List.of(town.library().id()));
		challengeId = administration.create(users.reload(lead.id()).orElseThrow(), town.id(),
				new ChallengeDraft(town.library().id(), "Skuggiga skolgårdar", "Skolgårdarna är heta.", "Elever",
						"Mer skugga", "En skolgård att testa på.", LocalDate.now().plusDays(30), "Enhetschefen", null));
	}

	@Test
	void shouldShowImagesWithAltTextAndDocumentsOnlyOnceTheChallengeIsPublished() throws Exception {
		upload(lead, "skolgard.png", PNG, "En asfalterad skolgård utan träd")
			.andExpect(flash().attribute("flash", "flash.challenge.attachmentAdded"));
		upload(lead, "bakgrund.pdf", PDF, "").andExpect(flash().attribute("flash", "flash.challenge.attachmentAdded"));
		List<ChallengeAttachments.ChallengeFile> files = attachments.files(town.id(), challengeId);
		assertThat(files).extracting(ChallengeAttachments.ChallengeFile::contentType)
			.containsExactly("image/png", "application/pdf");
		long image = files.get(0).id();
		long document = files.get(1).id();

		// A draft's files are not public.
		mvc.perform(get(town.path("/challenges/" + challengeId + "/files/" + image))).andExpect(status().isNotFound());
		mvc.perform(get(town.path("/staff/challenges/" + challengeId + "/attachments/" + image)).with(lead.signedIn()))
			.andExpect(status().isOk());

		administration.publish(users.reload(lead.id()).orElseThrow(), town.id(), challengeId);
		mvc.perform(get(town.path("/challenges/" + challengeId)))
			.andExpect(content().string(containsString("alt=\"En asfalterad skolgård utan träd\"")))
			.andExpect(content().string(containsString("bakgrund.pdf")));
		mvc.perform(get(town.path("/challenges/" + challengeId + "/files/" + image)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", containsString("inline")));
		mvc.perform(get(town.path("/challenges/" + challengeId + "/files/" + document)))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
	}

	@Test
	void shouldRefuseAnImageWithoutAltTextOrAFileThatIsNotWhatItSays() throws Exception {
		upload(lead, "bild.png", PNG, "  ")
			.andExpect(flash().attribute("attachmentError", "challenge.attachment.error.altText"));
		upload(lead, "virus.pdf", "MZ not a pdf".getBytes(), "Beskrivning")
			.andExpect(flash().attribute("attachmentError", "challenge.attachment.error.type"))
			.andExpect(flash().attribute("attachmentAltText", "Beskrivning"));
		assertThat(attachments.files(town.id(), challengeId)).isEmpty();
	}

	@Test
	void shouldKeepAnotherMunicipalitysStaffAndTheUnitsMembersWithoutEditRightOut() throws Exception {
		upload(lead, "skolgard.png", PNG, "En skolgård")
			.andExpect(flash().attribute("flash", "flash.challenge.attachmentAdded"));
		long image = attachments.files(town.id(), challengeId).get(0).id();
		administration.publish(users.reload(lead.id()).orElseThrow(), town.id(), challengeId);

		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		TestStaff otherAdmin = TestStaff.create(directory, users, other.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of());
		upload(otherAdmin, "intrang.png", PNG, "Intrång").andExpect(status().isForbidden());
		mvc.perform(get(town.path("/staff/challenges/" + challengeId + "/attachments/" + image))
			.with(otherAdmin.signedIn())).andExpect(status().isForbidden());
		// The other municipality's paths do not reach this municipality's file.
		mvc.perform(get(other.path("/challenges/" + challengeId + "/files/" + image))).andExpect(status().isNotFound());

		TestStaff handler = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.HANDLER),
				List.of(town.streets().id()));
		upload(handler, "handlaggare.png", PNG, "Bild").andExpect(status().isForbidden());
		assertThat(attachments.files(town.id(), challengeId)).hasSize(1);
		mvc.perform(get(town.path("/challenges/" + challengeId)))
			.andExpect(content().string(not(containsString("Intrång"))));
	}

	private ResultActions upload(TestStaff by, String name, byte[] content, String altText) throws Exception {
		return mvc.perform(multipart(town.path("/staff/challenges/" + challengeId + "/attachments"))
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("altText", altText)
			.with(by.signedIn())
			.with(csrf()));
	}

}
