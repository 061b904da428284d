package se.medskapa.cases;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.spi.ResidentMunicipalities;

/** The municipalities of a resident's own cases, for the way back from "my account". */
@Component
class ResidentCaseMunicipalities implements ResidentMunicipalities {

	private final JdbcClient jdbc;

	ResidentCaseMunicipalities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row per municipality, not per case: a resident may have many cases in one. */
	@Override
	public List<ResidentMunicipality> municipalitiesOf(long residentId) {
		return jdbc.sql("""
				select distinct m.slug, m.name from cases c join municipality m on m.id = c.municipality_id
				where c.resident_id = ?""").param(residentId).query(ResidentMunicipality.class).list();
	}

}
