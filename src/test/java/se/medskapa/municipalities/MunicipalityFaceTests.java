package se.medskapa.municipalities;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A municipality admin gives the municipality its own face: logo, colour (checked for AA
 * contrast), start page, site link, privacy notice and accessibility contact; the public
 * pages wear it, and no admin of another municipality can change it.
 */
class MunicipalityFaceTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	MunicipalityFaces faces;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	TestMunicipality town;

	TestStaff admin;

	@BeforeEach
	void municipalityWithAdmin() {
		town = TestMunicipality.register(municipalities, organisation);
		admin = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of());
	}

	@Test
	void shouldShowTheMunicipalitysLogoColourTextAndLinksOnItsPages() throws Exception {
		byte[] logo = png(Color.WHITE);
		mvc.perform(faceForm(town.slug()).file(new MockMultipartFile("logoFile", "logo.png", "image/png", logo))
			.param("accentColour", "#7A1F5C")
			.param("startText", "Välkommen till Provköping!")
			.param("siteUrl", "https://provkoping.se")
			.param("privacyNotice", "Provköpings kommun behandlar dina uppgifter enligt GDPR artikel 6.1 e.")
			.param("accessibilityContactName", "Webbredaktionen")
			.param("accessibilityContactEmail", "webb@provkoping.se")
			.with(admin.signedIn())
			.with(csrf())).andExpect(redirectedUrl(town.path("/admin/face")));

		MunicipalityFace face = faces.face(town.id());
		assertThat(face.accentColour()).isEqualTo("#7a1f5c");
		assertThat(face.hasLogo()).isTrue();

		mvc.perform(get(town.path("")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(town.path("/face/theme.css?v=" + face.version()))))
			.andExpect(content().string(containsString(town.path("/face/logo?v=" + face.logoVersion()))))
			.andExpect(content().string(containsString("Välkommen till Provköping!")))
			.andExpect(content().string(containsString("href=\"https://provkoping.se\"")))
			.andExpect(content().string(containsString("href=\"" + town.path("/privacy") + "\"")))
			.andExpect(content().string(containsString("Senaste förslagen")))
			.andExpect(content().string(containsString("Så snabbt svarar vi")))
			.andExpect(content().string(containsString("Öppna utmaningar")))
			.andExpect(content().string(containsString("Kommande evenemang")));

		mvc.perform(get(town.path("/face/theme.css")).param("v", String.valueOf(face.version())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/css")))
			.andExpect(header().string("Cache-Control", containsString("immutable")))
			.andExpect(content().string(containsString("--brand: #7a1f5c;")));
		mvc.perform(get(town.path("/face/logo")).param("v", String.valueOf(face.logoVersion())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
			.andExpect(content().bytes(logo));

		mvc.perform(get(town.path("/privacy")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("GDPR artikel 6.1 e.")));
		mvc.perform(get(town.path("/accessibility")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Webbredaktionen")))
			.andExpect(content().string(containsString("mailto:webb@provkoping.se")));
	}

	@Test
	void shouldRefuseAColourThatFailsContrastAndKeepWhatWasTyped() throws Exception {
		mvc.perform(faceForm(town.slug()).param("accentColour", "#ffcc00")
			.param("startText", "Min text som ska stanna kvar")
			.with(admin.signedIn())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Fel: ")))
			.andExpect(content().string(containsString("Färgen har kontrasten 1,")))
			.andExpect(content().string(containsString("behöver minst 4,5:1")))
			.andExpect(content().string(containsString("value=\"#ffcc00\"")))
			.andExpect(content().string(containsString("Min text som ska stanna kvar")));
		assertThat(faces.face(town.id()).accentColour()).isNull();
		assertThat(faces.face(town.id()).startText()).isNull();
	}

	@Test
	void shouldRefuseAFileThatIsNotAnImageWhateverItIsCalled() throws Exception {
		mvc.perform(faceForm(town.slug())
			.file(new MockMultipartFile("logoFile", "logo.png", "image/png",
					"<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
			.with(admin.signedIn())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("inte en PNG-, JPEG- eller WebP-bild")));
		assertThat(faces.face(town.id()).hasLogo()).isFalse();
	}

	@Test
	void shouldNotLetAnAdminOfAnotherMunicipalityChangeOrEditTheFace() throws Exception {
		TestMunicipality other = TestMunicipality.register(municipalities, organisation);
		TestStaff otherAdmin = TestStaff.create(directory, users, other.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of());

		mvc.perform(faceForm(town.slug()).param("accentColour", "#000000")
			.param("startText", "Kapad")
			.with(otherAdmin.signedIn())
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get(town.path("/admin/face")).with(otherAdmin.signedIn())).andExpect(status().isForbidden());

		assertThat(faces.face(town.id()).accentColour()).isNull();
		assertThat(faces.face(town.id()).startText()).isNull();
		mvc.perform(get(town.path(""))).andExpect(content().string(not(containsString("Kapad"))));
	}

	@Test
	void shouldShowTheSectionNavigationOnPublicPagesInBothLanguages() throws Exception {
		mvc.perform(get(town.path("/cases")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + town.path("/implemented") + "\"")))
			.andExpect(content().string(containsString("href=\"" + town.path("/statistics") + "\"")))
			.andExpect(content().string(containsString("href=\"" + town.path("/challenges") + "\"")))
			.andExpect(content().string(containsString("href=\"" + town.path("/events") + "\"")))
			.andExpect(content().string(containsString("href=\"" + town.path("/cases/new") + "\"")))
			.andExpect(content().string(containsString("aria-current=\"page\"")));
		mvc.perform(get(town.path("")).param("lang", "en"))
			.andExpect(content().string(containsString("Latest proposals")))
			.andExpect(content().string(containsString("How fast we answer")))
			.andExpect(content().string(containsString("Send an idea")));
	}

	private static MockMultipartHttpServletRequestBuilder faceForm(String slug) {
		return multipart("/" + slug + "/admin/face");
	}

	static byte[] png(Color colour) {
		BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(colour);
		graphics.fillRect(0, 0, 120, 40);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
