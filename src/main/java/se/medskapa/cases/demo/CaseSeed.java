package se.medskapa.cases.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.DemoDataCondition;
import se.medskapa.shared.DemoSeed;

/**
 * The cases module's demo data: routing rules and the scripted cases of Borås, Umeå and
 * Piteå, played as the municipality's demo staff. Loaded once, into a demo municipality
 * that has no case yet (also one loaded by an earlier version).
 */
@Component
@Conditional(DemoDataCondition.class)
class CaseSeed implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(CaseSeed.class);

	private final Municipalities municipalities;

	private final DemoCases cases;

	private final JdbcClient jdbc;

	CaseSeed(Municipalities municipalities, DemoCases cases, JdbcClient jdbc) {
		this.municipalities = municipalities;
		this.cases = cases;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void seed(long municipalityId, String slug) {
		if (hasCases(municipalityId)) {
			return;
		}
		Municipality municipality = municipalities.requireBySlug(slug);
		cases.loadRoutingRules(municipality, DemoRoutingRules.of(slug));
		List<DemoCase> scripts = DemoCaseScripts.of(slug);
		cases.load(municipality, scripts);
		log.info("Demo cases loaded for {}: {}", slug, scripts.size());
	}

	private boolean hasCases(long municipalityId) {
		return jdbc.sql("select exists (select 1 from cases where municipality_id = ?)")
			.param(municipalityId)
			.query(Boolean.class)
			.single();
	}

}
