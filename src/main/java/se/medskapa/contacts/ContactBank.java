package se.medskapa.contacts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.EidPurpose;
import se.medskapa.accounts.ResidentIdentities;
import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.SecureTokens;

/**
 * The resident's side of the bank: join with purposes and consent, change purposes, renew
 * the consent, withdraw it (at once, from the profile or by the signed link of any bank
 * mail), see who contacted them, and leave. Residents act on their own entry only.
 */
@Service
public class ContactBank {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ContactBankSettings settings;

	private final Organisation organisation;

	private final ContactMails mails;

	private final Period consentPeriod;

	private final ResidentIdentities identities;

	ContactBank(JdbcClient jdbc, Clock clock, ContactBankSettings settings, Organisation organisation,
			ContactMails mails, @Value("${medskapa.contacts.consent-months:24}") int consentMonths,
			ResidentIdentities identities) {
		this.identities = identities;
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.organisation = organisation;
		this.mails = mails;
		this.consentPeriod = Period.ofMonths(consentMonths);
	}

	public Optional<Membership> membership(long municipalityId, long residentId) {
		Instant yearStart = ZonedDateTime.now(clock.withZone(SWEDEN))
			.withDayOfYear(1)
			.truncatedTo(ChronoUnit.DAYS)
			.toInstant();
		return jdbc
			.sql("select " + MemberRows.COLUMNS + MemberRows.FROM + "where m.municipality_id = ? and m.resident_id = ?")
			.params(Timestamp.from(yearStart), municipalityId, residentId)
			.query((rs, row) -> MemberRows.membership(rs))
			.optional();
	}

	/**
	 * Whether the resident may join: the municipality requires no e-ID for the contact
	 * bank, or the resident has linked one (step-up, issue 11).
	 */
	public boolean mayJoin(long municipalityId, long residentId) {
		return identities.mayDo(municipalityId, residentId, EidPurpose.CONTACT_BANK);
	}

	/**
	 * Joins the bank, or joins again after a withdrawal or an expiry: the consent is
	 * given anew, under the current text.
	 */
	@Transactional
	public Membership join(long municipalityId, long residentId, Purposes purposes, boolean consent) {
		ConsentText text = settings.currentConsent(municipalityId)
			.orElseThrow(() -> new InvalidContactInputException("consent", "contacts.error.bankClosed"));
		if (!consent) {
			throw new InvalidContactInputException("consent", "contacts.error.consentRequired");
		}
		if (!mayJoin(municipalityId, residentId)) {
			throw new InvalidContactInputException("consent", "contacts.error.eidRequired");
		}
		Purposes checked = check(municipalityId, purposes);
		Instant now = clock.instant();
		Long memberId = jdbc.sql("""
				insert into contact_member (municipality_id, resident_id, pseudonym, topics, districts, ways, frequency,
				  language, accessibility_needs, age_band, residence_district_id, occupation, school_parent,
				  consent_text_id, consented_at, consent_expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (municipality_id, resident_id) do update set topics = excluded.topics,
				  districts = excluded.districts, ways = excluded.ways, frequency = excluded.frequency,
				  language = excluded.language, accessibility_needs = excluded.accessibility_needs,
				  age_band = excluded.age_band, residence_district_id = excluded.residence_district_id,
				  occupation = excluded.occupation, school_parent = excluded.school_parent,
				  consent_text_id = excluded.consent_text_id, consented_at = excluded.consented_at,
				  consent_expires_at = excluded.consent_expires_at, reminder_sent_at = null, withdrawn_at = null
				returning id""")
			.params(municipalityId, residentId, newPseudonym(), checked.topics().toArray(Long[]::new),
					checked.districts().toArray(Long[]::new), names(checked.ways()), checked.frequency().name(),
					checked.language(), names(checked.needs()), checked.ageBand(), checked.residenceDistrictId(),
					checked.occupation(), checked.schoolParent(), text.id(), Timestamp.from(now),
					Timestamp.from(now.atZone(SWEDEN).plus(consentPeriod).toInstant()))
			.query(Long.class)
			.single();
		mails.recipient(municipalityId, memberId).ifPresent(mails::welcome);
		return membership(municipalityId, residentId).orElseThrow();
	}

	/** Changes the purposes of an active entry; the consent stays as given. */
	@Transactional
	public void changePurposes(long municipalityId, long residentId, Purposes purposes) {
		Purposes checked = check(municipalityId, purposes);
		int updated = jdbc.sql("""
				update contact_member set topics = ?, districts = ?, ways = ?, frequency = ?, language = ?,
				  accessibility_needs = ?, age_band = ?, residence_district_id = ?, occupation = ?, school_parent = ?
				where municipality_id = ? and resident_id = ? and withdrawn_at is null and consent_expires_at > ?""")
			.params(checked.topics().toArray(Long[]::new), checked.districts().toArray(Long[]::new),
					names(checked.ways()), checked.frequency().name(), checked.language(), names(checked.needs()),
					checked.ageBand(), checked.residenceDistrictId(), checked.occupation(), checked.schoolParent(),
					municipalityId, residentId, Timestamp.from(clock.instant()))
			.update();
		if (updated == 0) {
			throw new NotFoundException("contact member");
		}
	}

	/** Gives the consent again under the current text, for another full period. */
	@Transactional
	public void renewConsent(long municipalityId, long residentId) {
		ConsentText text = settings.currentConsent(municipalityId).orElseThrow(() -> new NotFoundException("consent"));
		Instant now = clock.instant();
		int updated = jdbc.sql("""
				update contact_member set consent_text_id = ?, consented_at = ?, consent_expires_at = ?,
				  reminder_sent_at = null
				where municipality_id = ? and resident_id = ? and withdrawn_at is null""")
			.params(text.id(), Timestamp.from(now), Timestamp.from(now.atZone(SWEDEN).plus(consentPeriod).toInstant()),
					municipalityId, residentId)
			.update();
		if (updated == 0) {
			throw new NotFoundException("contact member");
		}
	}

	/**
	 * Withdraws the consent at once: the entry leaves every search and every invitation,
	 * open invitations lapse; the resident keeps seeing their history until they leave.
	 */
	@Transactional
	public void withdraw(long municipalityId, long residentId) {
		jdbc.sql("""
				update contact_member set withdrawn_at = ?
				where municipality_id = ? and resident_id = ? and withdrawn_at is null""")
			.params(Timestamp.from(clock.instant()), municipalityId, residentId)
			.update();
		lapseOpenInvitations(municipalityId, residentId);
	}

	/**
	 * Withdraws by the signed link of a bank mail. Returns the municipality's id.
	 * @throws NotFoundException for an unknown link
	 */
	@Transactional
	public long withdrawByLink(String token) {
		record Link(long municipalityId, long residentId) {
		}
		Link link = jdbc.sql("""
				select m.municipality_id, m.resident_id from contact_link l
				join contact_member m on m.id = l.member_id and m.municipality_id = l.municipality_id
				where l.token_hash = ?""")
			.param(SecureTokens.hash(token))
			.query(Link.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("contact link"));
		withdraw(link.municipalityId(), link.residentId());
		return link.municipalityId();
	}

	private void lapseOpenInvitations(long municipalityId, long residentId) {
		jdbc.sql("""
				update contact_recipient r set status = 'DECLINED', answered_at = ?
				from contact_member m
				where m.id = r.member_id and m.municipality_id = r.municipality_id and m.municipality_id = ?
				  and m.resident_id = ? and r.status = 'INVITED'""")
			.params(Timestamp.from(clock.instant()), municipalityId, residentId)
			.update();
		jdbc.sql("""
				delete from contact_recipient r using contact_member m
				where m.id = r.member_id and m.municipality_id = r.municipality_id and m.municipality_id = ?
				  and m.resident_id = ? and r.status = 'RESERVE'""").params(municipalityId, residentId).update();
	}

	/**
	 * Leaves the bank: the entry, its invitations and links are deleted; the audit log
	 * keeps that a reveal happened, no longer to whom.
	 */
	@Transactional
	public void leave(long municipalityId, long residentId) {
		forget(jdbc, "m.municipality_id = ? and m.resident_id = ?", municipalityId, residentId);
	}

	static int forget(JdbcClient jdbc, String condition, Object... params) {
		jdbc.sql("update contact_audit a set member_id = null from contact_member m where a.member_id = m.id and "
				+ condition)
			.params(params)
			.update();
		return jdbc.sql("delete from contact_member m where " + condition).params(params).update();
	}

	/** A contact the resident had: an invitation, its unit and date, and their answer. */
	public record Contact(Instant invitedAt, String unitName, String subject, String status, Instant answeredAt) {
	}

	/** A time the inviting unit saw the resident's name and address. */
	public record Reveal(Instant at, String unitName, String staffName) {
	}

	public List<Contact> contacts(long municipalityId, long residentId) {
		return jdbc.sql("""
				select r.invited_at, i.unit_name, i.subject, r.status, r.answered_at from contact_recipient r
				join contact_member m on m.id = r.member_id and m.municipality_id = r.municipality_id
				join contact_invitation i on i.id = r.invitation_id and i.municipality_id = r.municipality_id
				where m.municipality_id = ? and m.resident_id = ? and r.invited_at is not null
				order by r.invited_at desc""").params(municipalityId, residentId).query(Contact.class).list();
	}

	public List<Reveal> reveals(long municipalityId, long residentId) {
		return jdbc.sql("""
				select a.created_at as at, a.unit_name, a.staff_name from contact_audit a
				join contact_member m on m.id = a.member_id and m.municipality_id = a.municipality_id
				where m.municipality_id = ? and m.resident_id = ? and a.kind = 'REVEAL'
				order by a.created_at desc""").params(municipalityId, residentId).query(Reveal.class).list();
	}

	/** Everything the bank holds about the resident in one municipality. */
	public record Export(Membership entry, ConsentText consent, List<Contact> contacts, List<Reveal> reveals) {
	}

	public Optional<Export> export(long municipalityId, long residentId) {
		return membership(municipalityId, residentId).map(entry -> new Export(entry, consentOf(entry),
				contacts(municipalityId, residentId), reveals(municipalityId, residentId)));
	}

	private ConsentText consentOf(Membership entry) {
		return jdbc.sql("""
				select id, version, text, legal_basis, created_at from contact_consent_text
				where municipality_id = ? and version = ?""")
			.params(entry.municipalityId(), entry.consentVersion())
			.query(ConsentText.class)
			.single();
	}

	/** The municipalities where the resident has an entry. */
	List<Long> municipalitiesOf(long residentId) {
		return jdbc.sql("select municipality_id from contact_member where resident_id = ? order by municipality_id")
			.param(residentId)
			.query(Long.class)
			.list();
	}

	private Purposes check(long municipalityId, Purposes purposes) {
		Set<Long> categories = new HashSet<>(
				organisation.categories(municipalityId).stream().map(Category::id).toList());
		if (!categories.containsAll(purposes.topics())) {
			throw new InvalidContactInputException("topics", "validation.chooseOne");
		}
		Set<Long> districts = new HashSet<>(settings.districts(municipalityId).stream().map(District::id).toList());
		if (!districts.containsAll(purposes.districts())) {
			throw new InvalidContactInputException("districts", "validation.chooseOne");
		}
		if (purposes.topics().isEmpty() && purposes.districts().isEmpty()) {
			throw new InvalidContactInputException("topics", "contacts.error.topicOrArea");
		}
		if (purposes.ways().isEmpty()) {
			throw new InvalidContactInputException("ways", "contacts.error.wayRequired");
		}
		if (purposes.frequency() == null) {
			throw new InvalidContactInputException("frequency", "validation.chooseOne");
		}
		if (purposes.language() == null || !ContactLanguage.ALL.contains(purposes.language())) {
			throw new InvalidContactInputException("language", "validation.chooseOne");
		}
		Set<BackgroundField> asked = settings.backgroundFields(municipalityId);
		String ageBand = answer(asked, BackgroundField.AGE_BAND, "ageBand", purposes.ageBand());
		String occupation = answer(asked, BackgroundField.OCCUPATION, "occupation", purposes.occupation());
		Boolean schoolParent = asked.contains(BackgroundField.SCHOOL_PARENT) ? purposes.schoolParent() : null;
		Long residence = asked.contains(BackgroundField.RESIDENCE_DISTRICT) ? purposes.residenceDistrictId() : null;
		if (residence != null && !districts.contains(residence)) {
			throw new InvalidContactInputException("residenceDistrictId", "validation.chooseOne");
		}
		return new Purposes(purposes.topics().stream().distinct().toList(),
				purposes.districts().stream().distinct().toList(), purposes.ways(), purposes.frequency(),
				purposes.language(), purposes.needs(), ageBand, residence, occupation, schoolParent);
	}

	private static String answer(Set<BackgroundField> asked, BackgroundField field, String name, String value) {
		if (!asked.contains(field) || value == null || value.isBlank()) {
			return null;
		}
		if (!field.answers().contains(value)) {
			throw new InvalidContactInputException(name, "validation.chooseOne");
		}
		return value;
	}

	static String[] names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	private static String newPseudonym() {
		return "K-" + SecureTokens.hash(SecureTokens.newToken()).substring(0, 8).toUpperCase(Locale.ROOT);
	}

}
