package se.medskapa.cases;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.municipalities.DuplicateNameException;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.NotFoundException;

/** Routing rules per municipality: category, optionally area, to unit. */
@Service
public class RoutingRules {

	private final JdbcClient jdbc;

	private final Organisation organisation;

	RoutingRules(JdbcClient jdbc, Organisation organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	public List<RoutingRule> rules(long municipalityId) {
		return jdbc.sql("""
				select r.id, r.category_id, c.name as category_name, r.area, r.unit_id, u.name as unit_name
				from routing_rule r
				join category c on c.id = r.category_id and c.municipality_id = r.municipality_id
				join unit u on u.id = r.unit_id and u.municipality_id = r.municipality_id
				where r.municipality_id = ? order by c.name, r.area nulls first""")
			.param(municipalityId)
			.query(RoutingRule.class)
			.list();
	}

	@Transactional
	public void addRule(long municipalityId, long categoryId, String area, long unitId) {
		organisation.category(municipalityId, categoryId);
		organisation.unit(municipalityId, unitId);
		try {
			jdbc.sql("insert into routing_rule (municipality_id, category_id, area, unit_id) values (?, ?, ?, ?)")
				.params(municipalityId, categoryId, area == null || area.isBlank() ? null : area.strip(), unitId)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateNameException(area == null ? "" : area);
		}
	}

	/**
	 * Changes a rule in place (its category, area or unit); an unknown rule of the
	 * municipality is not found, a rule that would repeat another is refused.
	 */
	@Transactional
	public void updateRule(long municipalityId, long ruleId, long categoryId, String area, long unitId) {
		organisation.category(municipalityId, categoryId);
		organisation.unit(municipalityId, unitId);
		int updated;
		try {
			updated = jdbc.sql(
					"update routing_rule set category_id = ?, area = ?, unit_id = ? where municipality_id = ? and id = ?")
				.params(categoryId, area == null || area.isBlank() ? null : area.strip(), unitId, municipalityId,
						ruleId)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateNameException(area == null ? "" : area);
		}
		if (updated == 0) {
			throw new NotFoundException("routing rule");
		}
	}

	@Transactional
	public void removeRule(long municipalityId, long ruleId) {
		jdbc.sql("delete from routing_rule where municipality_id = ? and id = ?")
			.params(municipalityId, ruleId)
			.update();
	}

	/**
	 * The unit for a case: a rule for its category whose area the place mentions, else
	 * the category's rule without area.
	 */
	public Optional<Long> suggestUnit(long municipalityId, Long categoryId, String place) {
		if (categoryId == null) {
			return Optional.empty();
		}
		String placeText = place == null ? "" : place.toLowerCase(Locale.ROOT);
		List<RoutingRule> candidates = rules(municipalityId).stream()
			.filter(rule -> rule.categoryId() == categoryId)
			.toList();
		return candidates.stream()
			.filter(rule -> rule.area() != null && placeText.contains(rule.area().toLowerCase(Locale.ROOT)))
			.findFirst()
			.or(() -> candidates.stream().filter(rule -> rule.area() == null).findFirst())
			.map(RoutingRule::unitId);
	}

	/**
	 * The suggestion for a stored case: the rules' unit unless that unit has returned
	 * this case before, in which case nothing is proposed and the suggestion says which
	 * unit was passed over.
	 */
	public RoutingSuggestion suggestRouting(long municipalityId, long caseId, Long categoryId, String place) {
		List<UnitReturn> returns = jdbc.sql("""
				select distinct r.unit_id, u.name from case_unit_return r
				join unit u on u.id = r.unit_id and u.municipality_id = r.municipality_id
				where r.municipality_id = ? and r.case_id = ? order by u.name""")
			.params(municipalityId, caseId)
			.query((rs, row) -> new UnitReturn(rs.getLong("unit_id"), rs.getString("name")))
			.list();
		Long ruled = suggestUnit(municipalityId, categoryId, place).orElse(null);
		boolean passedOver = ruled != null && returns.stream().anyMatch(found -> found.unitId() == ruled);
		return new RoutingSuggestion(passedOver ? null : ruled, passedOver ? ruled : null,
				returns.stream().map(UnitReturn::name).toList());
	}

	private record UnitReturn(long unitId, String name) {
	}

}
