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

	@Test
	void shouldCutLongTextWithoutSplittingACharacter() {
		assertThat(Text.truncate(null, 3)).isNull();
		assertThat(Text.truncate("abc", 3)).isEqualTo("abc");
		assertThat(Text.truncate("abcd", 3)).isEqualTo("abc");
		// U+1F333 (a tree) is two chars; half of it is never kept.
		assertThat(Text.truncate("ab\uD83C\uDF33", 3)).isEqualTo("ab");
	}

}
