package se.medskapa.shared;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTests {

	@Test
	void shouldConvertBothWaysAndPassNullThrough() {
		Instant instant = Instant.parse("2026-12-01T09:30:15.123456Z");
		assertThat(Timestamps.instant(Timestamps.of(instant))).isEqualTo(instant);
		assertThat(Timestamps.of(instant)).isEqualTo(Timestamp.from(instant));
		assertThat(Timestamps.of(null)).isNull();
		assertThat(Timestamps.instant(null)).isNull();
	}

}
