package se.medskapa.contacts;

import java.io.Serializable;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.ResidentProfile;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.contacts.Sampler.Candidate;
import se.medskapa.contacts.Sampler.Draw;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.SecureTokens;

/**
 * Invitations: a stratified random sample of matching residents is drawn, each one's
 * contact-frequency limit claimed by one atomic statement (so two officials inviting at
 * the same moment never both reach a resident over their limit), mailed, and answered yes
 * or no by a signed link; a decline brings in the next reserve of the same stratum. Name
 * and address of those who said yes are shown to the contact officials of the inviting
 * unit only, and every showing is audited.
 */
@Service
public class ContactInvitations {

	private static final Random RANDOM = new SecureRandom();

	private static final Pattern QUOTA_FACET = Pattern
		.compile("(AGE_BAND|AREA|RESIDENCE|OCCUPATION|SCHOOL_PARENT):[A-Za-z0-9_]{1,30}");

	private static final String CLAIM = """
			update contact_member set last_contacted_at = ?
			where id = ? and municipality_id = ? and withdrawn_at is null and consent_expires_at > ?
			  and (last_contacted_at is null or last_contacted_at <= ?::timestamptz - (case frequency
			    when 'MONTH' then interval '1 month' when 'QUARTER' then interval '3 months' else interval '6 months' end))""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final StaffDirectory staff;

	private final Organisation organisation;

	private final ContactAudit audit;

	private final ContactMails mails;

	private final Residents residents;

	private final InvitationTargets targets;

	private final Municipalities municipalities;

	private final ContactSearch search;

	ContactInvitations(JdbcClient jdbc, Clock clock, StaffDirectory staff, Organisation organisation,
			ContactAudit audit, ContactMails mails, Residents residents, InvitationTargets targets,
			Municipalities municipalities, ContactSearch search) {
		this.targets = targets;
		this.municipalities = municipalities;
		this.search = search;
		this.jdbc = jdbc;
		this.clock = clock;
		this.staff = staff;
		this.organisation = organisation;
		this.audit = audit;
		this.mails = mails;
		this.residents = residents;
	}

	/**
	 * What the official is told: how many were invited, how many left out over their
	 * limit.
	 */
	public record Outcome(long invitationId, int invited, SmallCount leftOut, int reserves) implements Serializable {
	}

	@Transactional
	public Outcome invite(StaffPrincipal actor, long municipalityId, InvitationRequest request) {
		ContactPermissions.require(ContactAction.INVITE, actor, municipalityId);
		if (!staff.unitIdsOf(municipalityId, actor.id()).contains(request.unitId())) {
			throw new InvalidContactInputException("unitId", "validation.chooseOne");
		}
		Unit unit = organisation.unit(municipalityId, request.unitId());
		String subject = ContactBankSettings.requireText("subject", request.subject(), 200);
		String body = ContactBankSettings.requireText("body", request.body(), 5000);
		String link = request.link() == null || request.link().isBlank() ? null : request.link().strip();
		if (link != null && (link.length() > 500 || !link.matches("https?://\\S+"))) {
			throw new InvalidContactInputException("link", "contacts.error.link");
		}
		InvitationTarget target = null;
		if (request.target() != null) {
			if (link != null) {
				throw new InvalidContactInputException("target", "contacts.error.linkOrTarget");
			}
			Municipality municipality = municipalities.findById(municipalityId)
				.orElseThrow(() -> new NotFoundException("municipality"));
			target = targets.find(municipality, request.target())
				.orElseThrow(() -> new InvalidContactInputException("target", "validation.chooseOne"));
		}
		else if (link != null) {
			target = new InvitationTarget(null, InvitationTarget.Kind.ADDRESS, null, link, null);
		}
		if (request.selection().size() > ContactSearch.ROW_LIMIT) {
			throw new InvalidContactInputException("selection", "contacts.error.size");
		}
		if (request.selection().isEmpty() && (request.size() < 1 || request.size() > 200)) {
			throw new InvalidContactInputException("size", "contacts.error.size");
		}
		int quotaTotal = request.quotas().stream().mapToInt(InvitationRequest.Quota::minimum).sum();
		if (request.selection().isEmpty() && quotaTotal > request.size() || request.quotas()
			.stream()
			.anyMatch(quota -> quota.minimum() < 1 || !QUOTA_FACET.matcher(quota.facet()).matches())) {
			throw new InvalidContactInputException("size", "contacts.error.quotas");
		}
		Instant now = clock.instant();
		List<Object> params = new ArrayList<>(List.of(Timestamp.from(now)));
		String where = request.criteria().where(municipalityId, now, params);
		record Row(long id, String ageBand, Long[] districts, Long residence, String occupation, Boolean schoolParent,
				boolean eligible, String pseudonym) {
		}
		List<Row> matches = jdbc.sql("""
				select m.id, m.age_band, m.districts, m.residence_district_id, m.occupation, m.school_parent,
				  (m.last_contacted_at is null or m.last_contacted_at <= ?::timestamptz - (case m.frequency
				    when 'MONTH' then interval '1 month' when 'QUARTER' then interval '3 months'
				    else interval '6 months' end)) as eligible, m.pseudonym
				from contact_member m where """ + " " + where)
			.params(params)
			.query((rs, row) -> new Row(rs.getLong(1), rs.getString(2), (Long[]) rs.getArray(3).getArray(),
					rs.getObject(4, Long.class), rs.getString(5), rs.getObject(6, Boolean.class), rs.getBoolean(7),
					rs.getString(8)))
			.list();
		if (matches.size() < SmallCount.THRESHOLD) {
			throw new InvalidContactInputException("size", "contacts.error.tooFew");
		}
		if (search.closeToRecent(actor, municipalityId, request.criteria(), matches.size(), now)) {
			throw new InvalidContactInputException("size", "contacts.error.differencing");
		}
		Set<String> picked = Set.copyOf(request.selection());
		if (!picked.isEmpty()) {
			// Only pseudonyms of this search's matches count; anything else is ignored.
			matches = matches.stream().filter(row -> picked.contains(row.pseudonym())).toList();
			if (matches.isEmpty()) {
				throw new InvalidContactInputException("selection", "validation.chooseOne");
			}
		}
		int wanted = picked.isEmpty() ? request.size() : matches.size();
		List<Candidate> candidates = matches.stream().filter(Row::eligible).map(row -> {
			Set<String> facets = new HashSet<>();
			if (row.ageBand() != null) {
				facets.add("AGE_BAND:" + row.ageBand());
			}
			for (Long district : row.districts()) {
				facets.add("AREA:" + district);
			}
			if (row.residence() != null) {
				facets.add("RESIDENCE:" + row.residence());
			}
			if (row.occupation() != null) {
				facets.add("OCCUPATION:" + row.occupation());
			}
			if (row.schoolParent() != null) {
				facets.add("SCHOOL_PARENT:" + row.schoolParent());
			}
			return new Candidate(row.id(), facets);
		}).toList();
		int leftOut = matches.size() - candidates.size();
		List<Draw> draws = picked.isEmpty() ? Sampler.draw(candidates, wanted,
				request.quotas().stream().map(quota -> new Sampler.Quota(quota.facet(), quota.minimum())).toList(),
				RANDOM, Math.max(wanted, 10)) : Sampler.draw(candidates, wanted, List.of(), RANDOM, 0);
		// Every drawn entry is locked in id order before any is claimed, so that two
		// invitations drawing overlapping samples wait for each other instead of
		// deadlocking.
		jdbc.sql(
				"select id from contact_member where municipality_id = ? and id = any (?) order by id for no key update")
			.params(municipalityId, draws.stream().map(Draw::memberId).toArray(Long[]::new))
			.query(Long.class)
			.list();
		long invitationId = jdbc
			.sql("""
					insert into contact_invitation (municipality_id, staff_id, staff_name, unit_id, unit_name, subject, body,
					  link, link_kind, link_title, wanted, criteria, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, actor.id(), actor.displayName(), unit.id(), unit.name(), subject, body,
					target == null ? null : target.url(), target == null ? null : target.kind().name(),
					target == null ? null : target.title(), wanted, describe(request), Timestamp.from(now))
			.query(Long.class)
			.single();
		int position = 0;
		for (Draw draw : draws) {
			jdbc.sql("""
					insert into contact_recipient (municipality_id, invitation_id, member_id, position, stratum, status)
					values (?, ?, ?, ?, ?, 'RESERVE')""")
				.params(municipalityId, invitationId, draw.memberId(), position++, draw.stratum())
				.update();
		}
		int invited = 0;
		for (Draw draw : draws) {
			if (draw.reserve()) {
				break;
			}
			if (inviteRecipient(municipalityId, invitationId, draw.memberId(), now)) {
				invited++;
			}
			else {
				leftOut++;
				if (promote(municipalityId, invitationId, draw.stratum(), now)) {
					invited++;
				}
			}
		}
		int reserves = jdbc.sql("select count(*) from contact_recipient where invitation_id = ? and status = 'RESERVE'")
			.param(invitationId)
			.query(Integer.class)
			.single();
		audit.record(actor, municipalityId, "INVITATION", describe(request), invited, null, unit.name());
		return new Outcome(invitationId, invited, new SmallCount(leftOut), reserves);
	}

	/**
	 * Claims the member's frequency limit and sends the invitation; false when over it.
	 */
	private boolean inviteRecipient(long municipalityId, long invitationId, long memberId, Instant now) {
		Timestamp at = Timestamp.from(now);
		if (jdbc.sql(CLAIM).params(at, memberId, municipalityId, at, at).update() == 0) {
			jdbc.sql("""
					update contact_recipient set status = 'LEFT_OUT'
					where invitation_id = ? and member_id = ? and municipality_id = ?""")
				.params(invitationId, memberId, municipalityId)
				.update();
			return false;
		}
		record Invitation(long recipientId, String unitName, String subject, String body, String link,
				String linkTitle) {
		}
		Invitation invitation = jdbc.sql("""
				update contact_recipient r set status = 'INVITED', invited_at = ?
				from contact_invitation i
				where i.id = r.invitation_id and i.municipality_id = r.municipality_id
				  and r.invitation_id = ? and r.member_id = ? and r.municipality_id = ?
				returning r.id as recipient_id, i.unit_name, i.subject, i.body, i.link, i.link_title""")
			.params(at, invitationId, memberId, municipalityId)
			.query(Invitation.class)
			.single();
		mails.recipient(municipalityId, memberId)
			.ifPresent(recipient -> mails.invitation(recipient, invitation.recipientId(), invitation.unitName(),
					invitation.subject(), invitation.body(), invitation.link(), invitation.linkTitle()));
		return true;
	}

	/**
	 * Invites the first reserve of the stratum (or the first reserve at all) who is still
	 * under their limit; false when none is left.
	 */
	private boolean promote(long municipalityId, long invitationId, String stratum, Instant now) {
		List<Long> reserves = jdbc.sql("""
				select member_id from contact_recipient
				where invitation_id = ? and municipality_id = ? and status = 'RESERVE'
				order by (stratum is not distinct from ?) desc, position""")
			.params(invitationId, municipalityId, stratum)
			.query(Long.class)
			.list();
		for (Long memberId : reserves) {
			if (inviteRecipient(municipalityId, invitationId, memberId, now)) {
				return true;
			}
		}
		return false;
	}

	/** The invitation as the resident sees it behind the answer link. */
	public record Invitation(String municipalityName, String unitName, String subject, String body, String link,
			String linkKind, String linkTitle, String status) {
	}

	public Invitation invitationFor(String token) {
		return jdbc.sql("""
				select i.unit_name, i.subject, i.body, i.link, r.status, i.municipality_id, i.link_kind, i.link_title
				from contact_link l
				join contact_recipient r on r.id = l.recipient_id and r.municipality_id = l.municipality_id
				join contact_invitation i on i.id = r.invitation_id and i.municipality_id = r.municipality_id
				where l.token_hash = ? and l.kind = 'ANSWER'""")
			.param(SecureTokens.hash(token))
			.query((rs, row) -> new Invitation(mails.municipalityName(rs.getLong(6)), rs.getString(1), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(7), rs.getString(8), rs.getString(5)))
			.optional()
			.orElseThrow(() -> new NotFoundException("invitation"));
	}

	/**
	 * The resident's yes or no. Only an open invitation can be answered; a no invites the
	 * next reserve of the same stratum.
	 * @return the invitation's status afterwards
	 */
	@Transactional
	public String answer(String token, boolean yes) {
		record Open(long municipalityId, long invitationId, long recipientId, String stratum, String status) {
		}
		Open open = jdbc.sql("""
				select r.municipality_id, r.invitation_id, r.id as recipient_id, r.stratum, r.status from contact_link l
				join contact_recipient r on r.id = l.recipient_id and r.municipality_id = l.municipality_id
				where l.token_hash = ? and l.kind = 'ANSWER' for update of r""")
			.param(SecureTokens.hash(token))
			.query(Open.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("invitation"));
		if (!"INVITED".equals(open.status())) {
			return open.status();
		}
		Instant now = clock.instant();
		String status = yes ? "ACCEPTED" : "DECLINED";
		jdbc.sql("update contact_recipient set status = ?, answered_at = ? where id = ?")
			.params(status, Timestamp.from(now), open.recipientId())
			.update();
		if (!yes) {
			promote(open.municipalityId(), open.invitationId(), open.stratum(), now);
		}
		return status;
	}

	/** An invitation in the list of the official's units. */
	public record Summary(long id, Instant createdAt, String unitName, String staffName, String subject, int wanted,
			int invited, int accepted, int declined) {
	}

	public List<Summary> invitationsOf(StaffPrincipal actor, long municipalityId) {
		ContactPermissions.require(ContactAction.INVITE, actor, municipalityId);
		List<Long> units = staff.unitIdsOf(municipalityId, actor.id());
		return jdbc.sql("""
				select i.id, i.created_at, i.unit_name, i.staff_name, i.subject, i.wanted,
				  count(*) filter (where r.status = 'INVITED') as invited,
				  count(*) filter (where r.status = 'ACCEPTED') as accepted,
				  count(*) filter (where r.status = 'DECLINED') as declined
				from contact_invitation i left join contact_recipient r on r.invitation_id = i.id
				where i.municipality_id = ? and i.unit_id = any (?)
				group by i.id order by i.created_at desc limit 100""")
			.params(municipalityId, units.toArray(Long[]::new))
			.query(Summary.class)
			.list();
	}

	/**
	 * One recipient as the inviting unit sees them; name and address only after a yes.
	 */
	public record RecipientView(String pseudonym, String status, String stratum, String name, String email,
			String language, List<String> needs) {
	}

	/** An invitation with its recipients, as the inviting unit's officials see it. */
	public record Detail(long id, Instant createdAt, String unitName, String staffName, String subject, String body,
			String link, String linkKind, String linkTitle, int wanted, String criteria,
			List<RecipientView> recipients) {
	}

	@Transactional
	public Detail invitation(StaffPrincipal actor, long municipalityId, long invitationId) {
		ContactPermissions.require(ContactAction.INVITE, actor, municipalityId);
		record Head(long id, Instant createdAt, long unitId, String unitName, String staffName, String subject,
				String body, String link, String linkKind, String linkTitle, int wanted, String criteria) {
		}
		Head head = jdbc
			.sql("""
					select id, created_at, unit_id, unit_name, staff_name, subject, body, link, link_kind, link_title, wanted,
					  criteria
					from contact_invitation where id = ? and municipality_id = ?""")
			.params(invitationId, municipalityId)
			.query(Head.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("invitation"));
		if (!ContactPermissions.mayReveal(actor, municipalityId, head.unitId(),
				staff.unitIdsOf(municipalityId, actor.id()))) {
			throw new NotFoundException("invitation");
		}
		record Row(long memberId, long residentId, String pseudonym, String status, String stratum, String language,
				String[] needs) {
		}
		List<Row> rows = jdbc
			.sql("""
					select m.id, m.resident_id, m.pseudonym, r.status, r.stratum, m.language, m.accessibility_needs
					from contact_recipient r join contact_member m on m.id = r.member_id and m.municipality_id = r.municipality_id
					where r.invitation_id = ? and r.municipality_id = ? and r.status <> 'RESERVE' order by r.position""")
			.params(invitationId, municipalityId)
			.query((rs, row) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), (String[]) rs.getArray(7).getArray()))
			.list();
		List<RecipientView> recipients = new ArrayList<>();
		for (Row row : rows) {
			if ("ACCEPTED".equals(row.status())) {
				Optional<ResidentProfile> profile = residents.profile(row.residentId());
				audit.record(actor, municipalityId, "REVEAL", "invitation=" + invitationId, 1, row.memberId(),
						head.unitName());
				recipients.add(new RecipientView(row.pseudonym(), row.status(), row.stratum(),
						profile.map(ResidentProfile::displayName).orElse(null),
						profile.map(ResidentProfile::email).orElse(null), row.language(), List.of(row.needs())));
			}
			else {
				recipients
					.add(new RecipientView(row.pseudonym(), row.status(), row.stratum(), null, null, null, List.of()));
			}
		}
		return new Detail(head.id(), head.createdAt(), head.unitName(), head.staffName(), head.subject(), head.body(),
				head.link(), head.linkKind(), head.linkTitle(), head.wanted(), head.criteria(), recipients);
	}

	/** The events and challenges an invitation of the municipality may link to now. */
	public List<InvitationTarget> targets(StaffPrincipal actor, Municipality municipality) {
		ContactPermissions.require(ContactAction.INVITE, actor, municipality.id());
		return targets.choices(municipality);
	}

	private static String describe(InvitationRequest request) {
		String quotas = request.quotas()
			.stream()
			.map(quota -> quota.facet() + ">=" + quota.minimum())
			.reduce((a, b) -> a + ", " + b)
			.map(text -> "; quotas: " + text)
			.orElse("");
		if (!request.selection().isEmpty()) {
			return request.criteria().describe() + "; selection=" + request.selection().size();
		}
		return request.criteria().describe() + "; sample=" + request.size() + quotas;
	}

}
