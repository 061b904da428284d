package se.medskapa.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Images and PDFs travel with a case, checked by their content; staff download them,
 * nobody else.
 */
@Tag("persistence")
class CaseAttachmentTests extends IntegrationTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	@Test
	void shouldStoreImagesAndPdfsAndLetCoachesDownloadThem() throws Exception {
		MvcResult result = mvc
			.perform(multipart("/pitea/cases")
				.file(new MockMultipartFile("attachments", "hål i vägen.png", "image/png", PNG))
				.file(new MockMultipartFile("attachments", "karta.pdf", "application/pdf", "%PDF-1.7 test".getBytes()))
				.param("kind", "COMPLAINT")
				.param("title", "Hål i vägen")
				.param("confirmedNotDuplicate", "true")
				.param("description", "Stort hål på Storgatan.")
				.with(remote())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String reference = (String) result.getFlashMap().get("reference");
		List<String> types = jdbc
			.sql("select a.content_type from case_attachment a join cases c on c.id = a.case_id "
					+ "where c.reference = ? order by a.id")
			.param(reference)
			.query(String.class)
			.list();
		assertThat(types).containsExactly("image/png", "application/pdf");
		long attachmentId = jdbc
			.sql("select a.id from case_attachment a join cases c on c.id = a.case_id "
					+ "where c.reference = ? order by a.id limit 1")
			.param(reference)
			.query(Long.class)
			.single();

		TestStaff coach = TestStaff.create(directory, users, municipalities.requireBySlug("pitea").id(),
				Set.of(StaffRole.IDEA_COACH), List.of());
		mvc.perform(get("/pitea/staff/cases/" + reference).with(coach.signedIn()))
			.andExpect(content().string(containsString("hål i vägen.png")));
		mvc.perform(get("/pitea/staff/cases/" + reference + "/attachments/" + attachmentId).with(coach.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PNG))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));

		TestStaff borasCoach = TestStaff.create(directory, users, municipalities.requireBySlug("boras").id(),
				Set.of(StaffRole.IDEA_COACH), List.of());
		mvc.perform(get("/pitea/staff/cases/" + reference + "/attachments/" + attachmentId).with(borasCoach.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/boras/staff/cases/" + reference + "/attachments/" + attachmentId).with(borasCoach.signedIn()))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldStoreAndServeTheDetectedTypeWhateverTheUploadDeclares() throws Exception {
		MvcResult result = mvc
			.perform(multipart("/pitea/cases").file(new MockMultipartFile("attachments", "sida.html", "text/html", PNG))
				.param("kind", "IDEA")
				.param("title", "Bild med fel namn")
				.param("confirmedNotDuplicate", "true")
				.param("description", "En bild som säger sig vara en webbsida.")
				.with(remote())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Map<String, Object> stored = jdbc
			.sql("select a.id, a.content_type from case_attachment a join cases c on c.id = a.case_id "
					+ "where c.reference = ?")
			.param(result.getFlashMap().get("reference"))
			.query()
			.singleRow();
		assertThat(stored.get("content_type")).isEqualTo("image/png");

		TestStaff coach = TestStaff.create(directory, users, municipalities.requireBySlug("pitea").id(),
				Set.of(StaffRole.IDEA_COACH), List.of());
		mvc.perform(
				get("/pitea/staff/cases/" + result.getFlashMap().get("reference") + "/attachments/" + stored.get("id"))
					.with(coach.signedIn()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(PNG));
	}

	@Test
	void shouldRefuseFilesThatAreNotImagesOrPdfWhateverTheirNameSays() throws Exception {
		long before = jdbc.sql("select count(*) from cases").query(Long.class).single();
		mvc.perform(multipart("/pitea/cases")
			.file(new MockMultipartFile("attachments", "bild.png", "image/png", "MZ\u0090 not an image".getBytes()))
			.param("kind", "IDEA")
			.param("title", "Min ide")
			.param("description", "Beskrivning av idén")
			.with(remote())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Filen bild.png är inte en bild eller PDF-fil.")))
			.andExpect(content().string(containsString("value=\"Min ide\"")));
		assertThat(jdbc.sql("select count(*) from cases").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAFileOverTenMegabytesAndStoreNothingOfTheCaseWithAGoodFileBesideABadOne() throws Exception {
		byte[] tooLarge = Arrays.copyOf(PNG, Attachment.MAX_BYTES + 1);
		long cases = count("cases");
		long attachments = count("case_attachment");

		mvc.perform(
				multipart("/pitea/cases").file(new MockMultipartFile("attachments", "stor.png", "image/png", tooLarge))
					.param("kind", "IDEA")
					.param("title", "Stor bild")
					.param("description", "Beskrivning")
					.with(remote())
					.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Filen stor.png är större än 10 MB.")));
		// Exactly 10 MB is still taken.
		mvc.perform(multipart("/pitea/cases")
			.file(new MockMultipartFile("attachments", "precis.png", "image/png", Arrays.copyOf(PNG, 10 * 1024 * 1024)))
			.param("kind", "IDEA")
			.param("title", "Bild på gränsen")
			.param("confirmedNotDuplicate", "true")
			.param("description", "Beskrivning")
			.with(remote())
			.with(csrf())).andExpect(status().is3xxRedirection());
		cases++;
		attachments++;

		mvc.perform(multipart("/pitea/cases").file(new MockMultipartFile("attachments", "bra.png", "image/png", PNG))
			.file(new MockMultipartFile("attachments", "dålig.pdf", "application/pdf", "MZ not a pdf".getBytes()))
			.param("kind", "IDEA")
			.param("title", "En bra och en dålig fil")
			.param("description", "Beskrivning")
			.with(remote())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Filen dålig.pdf är inte en bild eller PDF-fil.")));

		assertThat(count("cases")).isEqualTo(cases);
		assertThat(count("case_attachment")).isEqualTo(attachments);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void shouldRefuseMoreThanFiveFiles() throws Exception {
		var request = multipart("/pitea/cases");
		for (int i = 0; i < 6; i++) {
			request.file(new MockMultipartFile("attachments", "bild" + i + ".png", "image/png", PNG));
		}
		mvc.perform(request.param("kind", "IDEA")
			.param("title", "Sex bilder")
			.param("description", "Text")
			.with(remote())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Du kan bifoga högst 5 filer.")));
	}

	private static RequestPostProcessor remote() {
		String address = "10.7." + UUID.randomUUID().hashCode() % 250 + ".9";
		return request -> {
			request.setRemoteAddr(address.replace("-", ""));
			return request;
		};
	}

}
