package se.medskapa.cases;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.municipalities.MunicipalityRegistered;

/**
 * Gives a newly registered municipality its case settings (reference prefix, default
 * deadlines). Synchronous and in the registering transaction, so the first case submitted
 * right after registration finds the row; {@code on conflict} keeps a repeated event
 * harmless.
 */
@Component
class MunicipalitySettingsSetup {

	private final JdbcClient jdbc;

	MunicipalitySettingsSetup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(MunicipalityRegistered registered) {
		jdbc.sql("""
				insert into municipality_settings (municipality_id, case_prefix) values (?, ?)
				on conflict (municipality_id) do nothing""")
			.params(registered.municipalityId(), casePrefix(registered.slug()))
			.update();
	}

	/** The first three letters of the slug, upper case: {@code boras} → {@code BOR}. */
	static String casePrefix(String slug) {
		String letters = slug.replaceAll("[^a-z]", "").toUpperCase(Locale.ROOT);
		return (letters + "XX").substring(0, Math.max(2, Math.min(3, letters.length())));
	}

}
