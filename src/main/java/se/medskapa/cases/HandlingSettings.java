package se.medskapa.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-municipality handling rules: the two deadlines in working days, and public display
 * of staff names. The one reader of the municipality's settings row in this module.
 */
@Service
public class HandlingSettings {

	private final JdbcClient jdbc;

	HandlingSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Settings of(long municipalityId) {
		return jdbc
			.sql("""
					select acknowledge_days, answer_days, show_staff_names from municipality_settings where municipality_id = ?""")
			.param(municipalityId)
			.query(Settings.class)
			.single();
	}

	/** The prefix of the municipality's case references ({@code BOR}). */
	String casePrefix(long municipalityId) {
		return jdbc.sql("select case_prefix from municipality_settings where municipality_id = ?")
			.param(municipalityId)
			.query(String.class)
			.single();
	}

	/**
	 * New deadlines apply to cases submitted from now on; the clock of a case never
	 * changes under it.
	 */
	@Transactional
	public void update(long municipalityId, Settings settings) {
		if (settings.acknowledgeDays() < 1 || settings.answerDays() < settings.acknowledgeDays()
				|| settings.answerDays() > 250) {
			throw new IllegalArgumentException("invalid deadlines");
		}
		jdbc.sql("""
				update municipality_settings set acknowledge_days = ?, answer_days = ?, show_staff_names = ?
				where municipality_id = ?""")
			.params(settings.acknowledgeDays(), settings.answerDays(), settings.showStaffNames(), municipalityId)
			.update();
	}

	public record Settings(int acknowledgeDays, int answerDays, boolean showStaffNames) {
	}

}
