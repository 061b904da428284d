package se.medskapa.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.municipalities.Organisation;
import se.medskapa.participation.events.PetitionQualified;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.Timestamps;

/**
 * E-petitions (e-förslag): a municipality's optional rule, and each item's petition,
 * opened by its first support with the rule of that moment. The support that reaches the
 * threshold within the period qualifies it: the petition's row is locked while the
 * supports are counted, so of any number of simultaneous supports exactly one qualifies
 * it and {@link PetitionQualified} is announced once (ADR 0025).
 */
@Service
public class Petitions {

	private final JdbcClient jdbc;

	private final Items items;

	private final Organisation organisation;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Petitions(JdbcClient jdbc, Items items, Organisation organisation, MessageSource messages,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.items = items;
		this.organisation = organisation;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** The municipality's rule, if it has e-petitions. */
	public Optional<PetitionRule> rule(long municipalityId) {
		return jdbc
			.sql("select threshold, period_days, unit_id from participation_petition_rule where municipality_id = ?")
			.param(municipalityId)
			.query((rs, n) -> new PetitionRule(rs.getInt("threshold"), rs.getInt("period_days"),
					(Long) rs.getObject("unit_id", Long.class)))
			.optional();
	}

	/**
	 * The municipality's admin sets the rule ({@code null}: no e-petitions). Running
	 * petitions keep the rule they opened with.
	 */
	@Transactional
	public void setRule(StaffPrincipal admin, long municipalityId, PetitionRule rule) {
		if (!mayConfigure(admin, municipalityId)) {
			throw new ParticipationRefusedException("participation.error.notAllowed");
		}
		if (rule == null) {
			jdbc.sql("delete from participation_petition_rule where municipality_id = ?")
				.param(municipalityId)
				.update();
			return;
		}
		if (rule.threshold() < 1 || rule.threshold() > PetitionRule.MAX_THRESHOLD) {
			throw new ParticipationRefusedException("participation.petition.error.threshold");
		}
		if (rule.periodDays() < 1 || rule.periodDays() > PetitionRule.MAX_PERIOD_DAYS) {
			throw new ParticipationRefusedException("participation.petition.error.period");
		}
		if (rule.unitId() != null) {
			organisation.unit(municipalityId, rule.unitId());
		}
		jdbc.sql("""
				insert into participation_petition_rule (municipality_id, threshold, period_days, unit_id, changed_at)
				values (?, ?, ?, ?, ?)
				on conflict (municipality_id) do update
				set threshold = excluded.threshold, period_days = excluded.period_days, unit_id = excluded.unit_id,
				    changed_at = excluded.changed_at""")
			.params(municipalityId, rule.threshold(), rule.periodDays(), rule.unitId(), Timestamps.of(clock.instant()))
			.update();
	}

	/** Only the municipality's own admins. */
	public static boolean mayConfigure(StaffPrincipal staff, long municipalityId) {
		return staff != null && staff.municipalityId() == municipalityId
				&& staff.roles().contains(StaffRole.MUNICIPALITY_ADMIN);
	}

	/**
	 * Where the item stands, or empty where the municipality has no rule, the item cannot
	 * be a petition, and none was opened.
	 */
	public Optional<Petition> of(long municipalityId, ItemKind kind, long itemId) {
		return standing(municipalityId, kind, itemId).petition();
	}

	/**
	 * The item's support count and where its petition stands (its own row, or else the
	 * municipality's rule) in one statement, for the item's page (issue 10: one round
	 * trip instead of three).
	 */
	Standing standing(long municipalityId, ItemKind kind, long itemId) {
		Instant now = clock.instant();
		StandingRow row = jdbc.sql("""
				select (select count(*) from participation_support s
				        where s.municipality_id = :municipality and s.item_kind = :kind and s.item_id = :item)
				         as support_count,
				       p.threshold, p.opened_at, p.closes_at, p.qualified_at, p.unit_id,
				       case when p.item_id is null then 0 else
				       (select count(*) from participation_support s
				        where s.municipality_id = p.municipality_id and s.item_kind = p.item_kind
				          and s.item_id = p.item_id and s.supported_at <= p.closes_at) end as petition_supports,
				       r.threshold as rule_threshold, r.period_days as rule_period_days, r.unit_id as rule_unit_id
				from (select 1) as one
				left join participation_petition p
				       on p.municipality_id = :municipality and p.item_kind = :kind and p.item_id = :item
				left join participation_petition_rule r on r.municipality_id = :municipality""")
			.param("municipality", municipalityId)
			.param("kind", kind.name())
			.param("item", itemId)
			.query((rs, n) -> {
				Timestamp opened = rs.getTimestamp("opened_at");
				Timestamp qualifiedAt = rs.getTimestamp("qualified_at");
				Integer ruleThreshold = rs.getObject("rule_threshold", Integer.class);
				return new StandingRow(rs.getInt("support_count"),
						opened == null ? null
								: new OpenedPetition(rs.getInt("threshold"), opened.toInstant(),
										rs.getTimestamp("closes_at").toInstant(),
										qualifiedAt == null ? null : qualifiedAt.toInstant(),
										rs.getInt("petition_supports"), (Long) rs.getObject("unit_id", Long.class)),
						ruleThreshold == null ? null : new PetitionRule(ruleThreshold, rs.getInt("rule_period_days"),
								(Long) rs.getObject("rule_unit_id", Long.class)));
			})
			.single();
		if (row.opened() != null) {
			OpenedPetition p = row.opened();
			return new Standing(row.supports(),
					Optional.of(new Petition(p.threshold(), (int) Duration.between(p.openedAt(), p.closesAt()).toDays(),
							p.supports(), p.closesAt(), p.qualifiedAt(),
							p.qualifiedAt() == null && now.isAfter(p.closesAt()),
							unitName(municipalityId, p.unitId()))));
		}
		PetitionRule rule = row.rule();
		if (rule == null || !items.mayBePetition(municipalityId, kind, itemId)) {
			return new Standing(row.supports(), Optional.empty());
		}
		return new Standing(row.supports(), Optional.of(new Petition(rule.threshold(), rule.periodDays(), 0, null, null,
				false, unitName(municipalityId, rule.unitId()))));
	}

	/**
	 * An item's support count, and its petition where it has one or may become one.
	 */
	record Standing(int supports, Optional<Petition> petition) {
	}

	private record StandingRow(int supports, OpenedPetition opened, PetitionRule rule) {
	}

	private record OpenedPetition(int threshold, Instant openedAt, Instant closesAt, Instant qualifiedAt, int supports,
			Long unitId) {
	}

	/**
	 * After a stored support, in its transaction: opens the item's petition if this is
	 * its first, and qualifies it if this support reached the threshold in time.
	 */
	void supported(long municipalityId, ItemKind kind, long itemId, Instant now) {
		Optional<PetitionRule> rule = rule(municipalityId);
		if (rule.isPresent() && items.mayBePetition(municipalityId, kind, itemId)) {
			jdbc.sql("""
					insert into participation_petition (municipality_id, item_kind, item_id, threshold, opened_at,
					                                    closes_at, unit_id)
					values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(municipalityId, kind.name(), itemId, rule.get().threshold(), Timestamps.of(now),
						Timestamps.of(now.plus(Duration.ofDays(rule.get().periodDays()))), rule.get().unitId())
				.update();
		}
		// The lock: a second support waits here until the first one's transaction ends,
		// and
		// then counts it.
		Optional<OpenPetition> petition = jdbc.sql("""
				select threshold, closes_at, unit_id from participation_petition
				where municipality_id = ? and item_kind = ? and item_id = ? and qualified_at is null
				for update""")
			.params(municipalityId, kind.name(), itemId)
			.query((rs, n) -> new OpenPetition(rs.getInt("threshold"), rs.getTimestamp("closes_at").toInstant(),
					(Long) rs.getObject("unit_id", Long.class)))
			.optional();
		if (petition.isEmpty() || now.isAfter(petition.get().closesAt())) {
			return;
		}
		int count = jdbc.sql("""
				select count(*) from participation_support
				where municipality_id = ? and item_kind = ? and item_id = ? and supported_at <= ?""")
			.params(municipalityId, kind.name(), itemId, Timestamps.of(petition.get().closesAt()))
			.query(Integer.class)
			.single();
		if (count < petition.get().threshold()) {
			return;
		}
		jdbc.sql("""
				update participation_petition set qualified_at = ?
				where municipality_id = ? and item_kind = ? and item_id = ? and qualified_at is null""")
			.params(Timestamps.of(now), municipalityId, kind.name(), itemId)
			.update();
		String unitName = unitName(municipalityId, petition.get().unitId());
		String message = unitName == null
				? messages.getMessage("participation.petition.qualified.record",
						new Object[] { petition.get().threshold() }, ParticipationMessages.SWEDISH)
				: messages.getMessage("participation.petition.qualified.recordToUnit",
						new Object[] { petition.get().threshold(), unitName }, ParticipationMessages.SWEDISH);
		events.publishEvent(new PetitionQualified(municipalityId, kind, itemId, petition.get().threshold(),
				petition.get().unitId(), message));
	}

	private String unitName(long municipalityId, Long unitId) {
		return unitId == null ? null : organisation.findUnit(municipalityId, unitId).map(u -> u.name()).orElse(null);
	}

	private record OpenPetition(int threshold, Instant closesAt, Long unitId) {
	}

}
