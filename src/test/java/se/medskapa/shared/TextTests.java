package se.medskapa.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

	@Test
	void shouldStoreNothingButBlanksAsNullAndEverythingElseStripped() {
		assertThat(Text.blankToNull(null)).isNull();
		assertThat(Text.blankToNull(" \t ")).isNull();
		assertThat(Text.blankToNull("  Gata och park ")).isEqualTo("Gata och park");
	}

}
