package se.medskapa.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.support.ExhaustedPool;

/**
 * The pages of the limits pass axe at both widths: 503 while the connection pool is
 * exhausted (held only while the page loads) and 413 for a file over 10 MB sent with the
 * case form, as a browser sends it.
 */
class LimitPagesAccessibilityTests extends BrowserTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	@Autowired
	DataSource dataSource;

	@Test
	void shouldHaveNoAxeViolationsOnTheOverloadPage() throws Exception {
		try (ExhaustedPool exhausted = ExhaustedPool.hold(dataSource)) {
			open("/umea/cases");
		}

		assertHeading("error.503.title", "sv");
		assertAccessibleWideAndNarrow();
	}

	@Test
	void shouldHaveNoAxeViolationsOnTheTooLargePage() throws Exception {
		Path file = Files.createTempFile("medskapa-stor", ".png");
		try {
			Files.write(file, Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1));
			open("/umea/cases/new");
			type("#title", "Stor bild");
			type("#description", "En bild som är för stor.");
			find("#attachments").sendKeys(file.toString());
			submitForm();
		}
		finally {
			Files.deleteIfExists(file);
		}

		assertHeading("error.413.title", "sv");
		assertAccessibleWideAndNarrow();
	}

}
