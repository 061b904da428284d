package se.medskapa.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.spi.ResidentData;
import se.medskapa.cases.ResidentCases.MyCase;

/**
 * The resident's cases in their data export: every case they submitted while signed in,
 * in every municipality, with what they wrote on the timeline.
 */
@Component
class ResidentCaseData implements ResidentData {

	private final JdbcClient jdbc;

	private final ResidentCases residentCases;

	ResidentCaseData(JdbcClient jdbc, ResidentCases residentCases) {
		this.jdbc = jdbc;
		this.residentCases = residentCases;
	}

	@Override
	public String section() {
		return "cases";
	}

	@Override
	public List<ExportedCase> exportFor(long residentId) {
		Map<String, List<ExportedMessage>> messages = ownMessages(residentId);
		return residentCases.casesOf(residentId)
			.stream()
			.map(myCase -> ExportedCase.of(myCase,
					messages.getOrDefault(myCase.slug() + "/" + myCase.reference(), List.of())))
			.toList();
	}

	/**
	 * Keyed by municipality slug and reference, as a reference is unique per
	 * municipality.
	 */
	private Map<String, List<ExportedMessage>> ownMessages(long residentId) {
		record Row(String slug, String reference, Instant occurredAt, String residentMessage) {
		}
		// Across municipalities on purpose: the account belongs to no single one.
		return jdbc.sql("""
				select m.slug, c.reference, e.occurred_at, e.resident_message
				from case_event e
				join cases c on c.id = e.case_id and c.municipality_id = e.municipality_id
				join municipality m on m.id = c.municipality_id
				where c.resident_id = ? and e.actor_resident and e.resident_message is not null
				order by e.occurred_at, e.id""")
			.param(residentId)
			.query(Row.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(row -> row.slug() + "/" + row.reference(), Collectors
				.mapping(row -> new ExportedMessage(row.occurredAt(), row.residentMessage()), Collectors.toList())));
	}

	record ExportedCase(String municipality, String reference, String title, CaseStatus status, Instant submittedAt,
			List<ExportedMessage> messages) {

		static ExportedCase of(MyCase myCase, List<ExportedMessage> messages) {
			return new ExportedCase(myCase.municipalityName(), myCase.reference(), myCase.title(), myCase.status(),
					myCase.submittedAt(), messages);
		}

	}

	record ExportedMessage(Instant writtenAt, String message) {
	}

}
