package se.medskapa.browser;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffRole;
import se.medskapa.municipalities.MunicipalityFaces;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipality with its own logo and colour: its admin sets them on the face page (a
 * colour that fails contrast is refused there first), and the start page, the privacy
 * notice and the municipality's accessibility statement wear them. Every page passes axe
 * at laptop width and at 320 px, in Swedish and English.
 */
class MunicipalityFacePagesTests extends BrowserTest {

	@Autowired
	Organisation organisation;

	@Autowired
	MunicipalityFaces faces;

	TestMunicipality town;

	TestStaff admin;

	@BeforeEach
	void municipalityWithAdmin() {
		town = TestMunicipality.register(municipalities, organisation);
		admin = newStaff(town.municipality(), "Ada Admin", List.of(), StaffRole.MUNICIPALITY_ADMIN);
	}

	@Test
	void shouldGiveTheMunicipalityItsOwnLogoAndColourAndRefuseAColourThatFailsContrast() throws IOException {
		signInAsStaff(admin);
		open(town.path("/admin"));
		waitForNewPage(() -> find("#content a[href$='/admin/face']").click());
		assertOnPage(town.path("/admin/face"));
		assertHeading("face.heading", "sv");
		assertAccessibleWideAndNarrow();

		type("#accentColour", "#ffcc00");
		type("#startText", "Välkommen till Provköping – här lämnar du dina idéer.");
		submitForm();
		assertFormErrorsShown();
		assertThat(find(".error-summary").getText()).contains("behöver minst 4,5:1");
		assertThat(browser.getTitle()).startsWith("Fel: ");
		assertThat(find("#accentColour").getDomProperty("value")).isEqualTo("#ffcc00");
		assertThat(find("#startText").getDomProperty("value")).contains("Välkommen till Provköping");
		assertAccessibleWideAndNarrow();
		assertThat(faces.face(town.id()).accentColour()).isNull();

		type("#accentColour", "#7a1f5c");
		find("#logoFile").sendKeys(logoFile().toString());
		type("#siteUrl", "https://provkoping.se");
		type("#accessibilityContactName", "Webbredaktionen");
		type("#accessibilityContactEmail", "webb@provkoping.se");
		submitForm();
		assertOnPage(town.path("/admin/face"));
		assertThat(find(".flash").getText()).isEqualTo(message("flash.saved", "sv"));
		assertThat(find(".face-preview img").getDomProperty("naturalWidth")).isEqualTo("120");
		assertAccessibleWideAndNarrow();
		openInEnglish(town.path("/admin/face"));
		assertHeading("face.heading", "en");
		assertAccessibleWideAndNarrow();

		signOut();
		open(town.path(""));
		assertThat(find(".site-header").getCssValue("background-color")).isEqualTo("rgba(122, 31, 92, 1)");
		assertThat(find(".brand-municipality img").getDomProperty("naturalWidth")).isEqualTo("120");
		assertThat(find(".brand-municipality").getText()).isEqualTo(town.municipality().name());
		assertThat(find(".hero .lead").getText()).isEqualTo("Välkommen till Provköping – här lämnar du dina idéer.");
		assertThat(browser.findElements(By.cssSelector(".start-section h2"))).hasSize(5);
		assertAccessibleWideAndNarrow();
		screenshot("target/screenshots/municipality-start-1280.png");

		open(town.path("/privacy"));
		assertHeading("privacy.heading", "sv");
		assertAccessibleWideAndNarrow();
		open(town.path("/accessibility"));
		assertThat(find("#content").getText()).contains("Webbredaktionen");
		assertAccessibleWideAndNarrow();
		open(town.path("/cases"));
		assertThat(find(".section-nav a[aria-current='page']").getDomAttribute("href")).isEqualTo(town.path("/cases"));
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheStartAndPrivacyPagesWithoutAFace() {
		assertPagesAccessible("sv", List.of(town.path(""), town.path("/privacy"), town.path("/accessibility")));
		assertPagesAccessible("en", List.of(town.path(""), town.path("/privacy")));
	}

	private void screenshot(String file) throws IOException {
		Path path = Path.of(file);
		Files.createDirectories(path.getParent());
		Files.write(path, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	private static Path logoFile() throws IOException {
		BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 120, 40);
		graphics.setColor(new Color(0x7a1f5c));
		graphics.fillOval(8, 8, 24, 24);
		graphics.dispose();
		Path file = Files.createTempFile(Path.of("target"), "logo", ".png");
		ImageIO.write(image, "png", file.toFile());
		return file.toAbsolutePath();
	}

}
