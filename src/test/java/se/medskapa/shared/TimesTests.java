package se.medskapa.shared;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

class TimesTests {

	final Times stockholm = new Times(ZoneId.of("Europe/Stockholm"));

	@Test
	void shouldFormatInStockholmTimeInWinterAndInSummer() {
		Instant winter = Instant.parse("2026-12-01T23:30:15Z");
		assertThat(stockholm.date(winter)).isEqualTo("2026-12-02");
		assertThat(stockholm.dateTime(winter)).isEqualTo("2026-12-02 00:30");
		assertThat(stockholm.dateTimeWithSeconds(winter)).isEqualTo("2026-12-02 00:30:15");
		Instant summer = Instant.parse("2026-06-30T23:30:00Z");
		assertThat(stockholm.dateTime(summer)).isEqualTo("2026-07-01 01:30");
		assertThat(stockholm.day(summer)).hasToString("2026-07-01");
		assertThat(stockholm.startOf(stockholm.day(summer))).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
		assertThat(stockholm.date(null)).isEmpty();
	}

	@Test
	void shouldFollowTheConfiguredZone() {
		Times helsinki = new Times(ZoneId.of("Europe/Helsinki"));
		assertThat(helsinki.dateTime(Instant.parse("2026-12-01T23:30:00Z"))).isEqualTo("2026-12-02 01:30");
	}

	/**
	 * Thymeleaf's {@code #temporals}, {@code #dates} and {@code #calendars} format in the
	 * JVM's zone; templates use {@code #times}.
	 */
	@Test
	void shouldFormatNoTimeInATemplateWithTheJvmZone() throws IOException {
		Pattern jvmZone = Pattern.compile("#(temporals|dates|calendars)\\.");
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		List<String> offenders = new ArrayList<>();
		boolean usesTimes = false;
		for (Resource template : templates) {
			String html = template.getContentAsString(UTF_8);
			usesTimes |= html.contains("#times.");
			if (jvmZone.matcher(html).find()) {
				offenders.add(template.getFilename());
			}
		}
		assertThat(templates).isNotEmpty();
		assertThat(usesTimes).as("positive control: templates format through #times").isTrue();
		assertThat(offenders).as("templates formatting times in the JVM's zone").isEmpty();
	}

}
