package se.medskapa.cases.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV fields as RFC 4180 and spreadsheet programs want them. */
class CsvFieldTests {

	@Test
	void shouldQuoteOnlyWhatNeedsQuotingAndDoubleQuotes() {
		assertThat(CaseExportController.field(null)).isEmpty();
		assertThat(CaseExportController.field("BOR-2026-00042")).isEqualTo("BOR-2026-00042");
		assertThat(CaseExportController.field("Gata; park")).isEqualTo("\"Gata; park\"");
		assertThat(CaseExportController.field("Gator, vägar")).isEqualTo("\"Gator, vägar\"");
		assertThat(CaseExportController.field("Säg \"hej\"")).isEqualTo("\"Säg \"\"hej\"\"\"");
		assertThat(CaseExportController.field("två\nrader")).isEqualTo("\"två\nrader\"");
	}

	@Test
	void shouldDefuseWhatASpreadsheetWouldTakeForAFormula() {
		assertThat(CaseExportController.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(CaseExportController.field("+46")).isEqualTo("'+46");
		assertThat(CaseExportController.field("-1")).isEqualTo("'-1");
		assertThat(CaseExportController.field("@SUM")).isEqualTo("'@SUM");
		assertThat(CaseExportController.field("\t=1")).isEqualTo("'\t=1");
		assertThat(CaseExportController.field("\r=1")).isEqualTo("\"'\r=1\"");
		assertThat(CaseExportController.field("KS 2026/42")).isEqualTo("KS 2026/42");
	}

}
