package se.medskapa.cases.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.participation.Participant;
import se.medskapa.participation.PetitionRule;
import se.medskapa.participation.Petitions;
import se.medskapa.participation.Supports;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.DemoDataCondition;
import se.medskapa.shared.DemoSeed;

/**
 * E-petitions in the first demo municipality, set by its admin through the use cases: a
 * rule of {@value #THRESHOLD} supports within 60 days, one public proposal one support
 * short of it and one that reached it and so was qualified and handed over to the rule's
 * unit (a proposal already with a unit is chosen, so that it keeps its status and the
 * demo a case in every status). Loaded once, into a demo municipality without a rule.
 */
@Component
@Conditional(DemoDataCondition.class)
class PetitionSeed implements DemoSeed {

	static final String MUNICIPALITY = "boras";

	static final int THRESHOLD = 5;

	private static final Logger log = LoggerFactory.getLogger(PetitionSeed.class);

	private final Petitions petitions;

	private final Supports supports;

	private final Organisation organisation;

	private final StaffUserDetailsService users;

	private final Residents residents;

	private final JdbcClient jdbc;

	PetitionSeed(Petitions petitions, Supports supports, Organisation organisation, StaffUserDetailsService users,
			Residents residents, JdbcClient jdbc) {
		this.petitions = petitions;
		this.supports = supports;
		this.organisation = organisation;
		this.users = users;
		this.residents = residents;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 150;
	}

	@Override
	public void seed(long municipalityId, String slug) {
		if (!MUNICIPALITY.equals(slug) || petitions.rule(municipalityId).isPresent()) {
			return;
		}
		List<Proposal> proposals = jdbc.sql("""
				select id, status, unit_id from cases
				where municipality_id = ? and kind = 'PROPOSAL' and published and not internal
				  and public_title is not null
				order by status = 'WITH_UNIT' desc, id limit 2""")
			.param(municipalityId)
			.query((rs, n) -> new Proposal(rs.getLong("id"), rs.getString("status"),
					(Long) rs.getObject("unit_id", Long.class)))
			.list();
		List<Unit> units = organisation.units(municipalityId);
		if (proposals.size() < 2 || units.size() < 2) {
			return;
		}
		Proposal qualified = proposals.get(0);
		Proposal near = proposals.get(1);
		// A proposal with a unit is handed over to another, keeping its status; any other
		// is qualified where it is.
		long unitId = "WITH_UNIT".equals(qualified.status()) ? units.stream()
			.filter(unit -> !Long.valueOf(unit.id()).equals(qualified.unitId()))
			.findFirst()
			.orElseThrow()
			.id() : qualified.unitId() != null ? qualified.unitId() : units.get(0).id();
		StaffPrincipal admin = (StaffPrincipal) users.loadUserByUsername("admin@" + slug + ".medskapa.example");
		petitions.setRule(users.reload(admin.id()).orElseThrow(), municipalityId,
				new PetitionRule(THRESHOLD, 60, unitId));
		for (int i = 1; i <= THRESHOLD; i++) {
			Participant resident = Participant.resident((ResidentPrincipal) residents
				.loadUserByUsername("demo-e-forslag-" + i + "@" + slug + ".medskapa.example"));
			supports.support(municipalityId, ItemKind.CASE, qualified.id(), resident);
			if (i < THRESHOLD) {
				supports.support(municipalityId, ItemKind.CASE, near.id(), resident);
			}
		}
		log.info("Demo e-petitions loaded for {}: case {} one support short, case {} qualified", slug, near.id(),
				qualified.id());
	}

	private record Proposal(long id, String status, Long unitId) {
	}

}
