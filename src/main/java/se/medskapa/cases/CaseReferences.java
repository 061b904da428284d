package se.medskapa.cases;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out case numbers per municipality and year with no gaps, also under parallel
 * submissions: the upsert locks the counter row until the submitting transaction ends,
 * and a rollback returns the number. The intake takes the number as the last thing it
 * does, so the lock is held only for the end of the transaction; until then the case
 * carries a {@link #provisional()} reference nobody else sees.
 */
@Component
class CaseReferences {

	private final JdbcClient jdbc;

	private final HandlingSettings settings;

	CaseReferences(JdbcClient jdbc, HandlingSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** Must run inside the transaction that stores the case. */
	String next(long municipalityId, int year) {
		int number = jdbc.sql("""
				insert into case_reference_counter (municipality_id, year, last_number) values (?, ?, 1)
				on conflict (municipality_id, year) do update set last_number = case_reference_counter.last_number + 1
				returning last_number""").params(municipalityId, year).query(Integer.class).single();
		return format(settings.casePrefix(municipalityId), year, number);
	}

	/** A unique stand-in until the number is taken, never committed. */
	static String provisional() {
		return "provisional-" + UUID.randomUUID();
	}

	/** {@code BOR-2026-00042}: short enough to read aloud on the phone. */
	static String format(String prefix, int year, int number) {
		return "%s-%d-%05d".formatted(prefix, year, number);
	}

}
