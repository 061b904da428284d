package se.medskapa.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.medskapa.accounts.StaffContact;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.cases.events.CaseDeadlineMissed;
import se.medskapa.cases.events.CaseEventRecorded;
import se.medskapa.cases.events.CaseSubmitted;
import se.medskapa.notifications.Mail;
import se.medskapa.notifications.Mailer;
import se.medskapa.shared.Timestamps;

/**
 * E-mail about cases: to the resident in the language they wrote in, with a fresh private
 * tracking link, and to the staff who must act. Runs after the transaction commits, from
 * Spring Modulith's event publication registry (a crash before sending leaves the
 * publication incomplete; it is resubmitted on restart), and each mail carries a dedupe
 * key, so a redelivered event never sends it twice.
 * <p>
 * Every mail is signed with the municipality's name and sent under it ("Umeå kommun (via
 * Medskapa)"). Internal moves (sent to a unit, handed over, a contact person named) are
 * not mailed one by one (UX finding 12): they wait in {@code case_mail_pending} and go
 * out as one mail when the first of them is {@code medskapa.cases.move-mail-window} old
 * (two minutes by default; {@link #sendDueMoveMails}), or with the next news that is
 * mailed at once (a status, a message, an answer), whichever comes first.
 */
@Component
class CaseMails {

	/** Resident replies to one case within this many seconds give staff one mail. */
	static final long REPLY_MAIL_WINDOW_SECONDS = 15 * 60;

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final MessageSource messages;

	private final TrackingLinks trackingLinks;

	private final StaffDirectory staff;

	private final Duration moveWindow;

	private final Clock clock;

	private final TransactionTemplate transaction;

	CaseMails(JdbcClient jdbc, Mailer mailer, MessageSource messages, TrackingLinks trackingLinks, StaffDirectory staff,
			@Value("${medskapa.cases.move-mail-window:PT2M}") Duration moveWindow, Clock clock,
			PlatformTransactionManager transactions) {
		this.moveWindow = moveWindow;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.messages = messages;
		this.trackingLinks = trackingLinks;
		this.staff = staff;
	}

	@ApplicationModuleListener
	void onSubmitted(CaseSubmitted submitted) {
		CaseFacts facts = facts(submitted.municipalityId(), submitted.caseId());
		if (facts.submitterEmail() != null) {
			String link = link(facts);
			toResident(facts, "receipt:" + facts.id(), "mail.caseReceipt.subject", text(facts.language(),
					"mail.caseReceipt.body", facts.municipalityName(), titleLine(facts), facts.reference(), link),
					link);
		}
		toStaff(staff.activeWithRole(facts.municipalityId(), StaffRole.IDEA_COACH), facts, "new:" + facts.id(),
				"mail.staff.newCase");
	}

	/**
	 * A fresh tracking link, asked for on the receipt, to an address nothing proves: the
	 * reference and the link only (F5), and the link kept out of the record of sent mail.
	 */
	void trackingLink(long municipalityId, long caseId, String email, String language) {
		CaseFacts facts = facts(municipalityId, caseId);
		String link = link(facts);
		mailer.send(signed(facts, language,
				new Mail(municipalityId, email, text(language, "mail.trackingLink.subject", facts.reference()),
						text(language, "mail.trackingLink.body", facts.municipalityName(), facts.reference(), link),
						"link:" + caseId + ":" + UUID.randomUUID()))
			.withSecret(link));
	}

	@ApplicationModuleListener
	void onEvent(CaseEventRecorded recorded) {
		CaseFacts facts = facts(recorded.municipalityId(), recorded.caseId());
		EventFacts event = event(recorded.municipalityId(), recorded.eventId());
		String key = "event:" + recorded.eventId();
		switch (recorded.type()) {
			case ROUTED, HANDED_OVER -> {
				laterToResident(facts, recorded);
				toStaff(staff.activeMembersOf(facts.municipalityId(), event.unitId(), null), facts, key,
						"mail.staff.unitQueue");
			}
			case TAKEN, ASSIGNED -> laterToResident(facts, recorded);
			case STATUS_CHANGED, PUBLIC_MESSAGE, ANSWERED, FORWARDED, MERGED -> {
				residentUpdate(facts, key, recorded.type(), event);
				followerUpdate(facts, key, recorded.type(), event);
			}
			case RETURNED_TO_COACH -> toStaff(staff.activeWithRole(facts.municipalityId(), StaffRole.IDEA_COACH), facts,
					key, "mail.staff.returned");
			case CONTACT_LEFT ->
				toStaff(staff.activeMembersOf(facts.municipalityId(), facts.unitId(), StaffRole.UNIT_LEAD), facts, key,
						"mail.staff.contactLeft");
			// One mail per case and quarter of an hour, however many replies come (F6):
			// the dedupe key is the window, not the event.
			case RESIDENT_REPLY -> toStaff(whoAnswers(facts), facts,
					"reply:" + facts.id() + ":" + recorded.occurredAt().getEpochSecond() / REPLY_MAIL_WINDOW_SECONDS,
					"mail.staff.residentReplied");
			default -> {
				// Internal notes, publishing and withdrawal need no mail.
			}
		}
	}

	@ApplicationModuleListener
	void onDeadlineMissed(CaseDeadlineMissed missed) {
		CaseFacts facts = facts(missed.municipalityId(), missed.caseId());
		List<StaffContact> recipients = new ArrayList<>(
				staff.activeWithRole(facts.municipalityId(), StaffRole.IDEA_COACH));
		if (facts.unitId() != null) {
			staff.activeMembersOf(facts.municipalityId(), facts.unitId(), StaffRole.UNIT_LEAD)
				.stream()
				.filter(lead -> recipients.stream().noneMatch(r -> r.id() == lead.id()))
				.forEach(recipients::add);
		}
		toStaff(recipients, facts, "overdue:" + missed.deadline() + ":" + facts.id(),
				missed.deadline() == CaseDeadlineMissed.Deadline.ACKNOWLEDGE ? "mail.staff.acknowledgeOverdue"
						: "mail.staff.answerOverdue");
	}

	private EventFacts event(long municipalityId, long eventId) {
		return jdbc.sql("""
				select e.id, e.type, e.public_message, e.to_status, u.name as unit_name, s.display_name as actor_name,
				       e.unit_id, contact.display_name as contact_name
				from case_event e
				left join unit u on u.id = e.unit_id and u.municipality_id = e.municipality_id
				left join staff_account s on s.id = e.actor_staff_id and s.municipality_id = e.municipality_id
				left join staff_account contact on contact.id = e.contact_staff_id
				     and contact.municipality_id = e.municipality_id
				where e.id = ? and e.municipality_id = ?""")
			.params(eventId, municipalityId)
			.query(EventFacts.class)
			.single();
	}

	/**
	 * An internal move waits for the others of the window ({@link #sendDueMoveMails}).
	 */
	private void laterToResident(CaseFacts facts, CaseEventRecorded recorded) {
		if (facts.submitterEmail() == null) {
			return;
		}
		jdbc.sql("""
				insert into case_mail_pending (event_id, municipality_id, case_id, occurred_at) values (?, ?, ?, ?)
				on conflict (event_id) do nothing""")
			.params(recorded.eventId(), facts.municipalityId(), facts.id(), Timestamps.of(recorded.occurredAt()))
			.update();
	}

	/**
	 * Every 20 seconds by default ({@code medskapa.cases.move-mail-cron}): the waiting
	 * moves whose window has passed, one mail per case.
	 */
	@Scheduled(cron = "${medskapa.cases.move-mail-cron:*/20 * * * * *}")
	@SchedulerLock(name = "cases-move-mails", lockAtLeastFor = "PT5S", lockAtMostFor = "PT5M")
	void sendDueMoveMailsOnSchedule() {
		sendDueMoveMails(clock.instant());
	}

	/**
	 * Sends one mail for each case whose oldest waiting move is at least the window old
	 * at {@code now}.
	 * @return how many cases were mailed
	 */
	int sendDueMoveMails(Instant now) {
		record Due(long municipalityId, long caseId) {
		}
		List<Due> due = jdbc.sql("""
				select municipality_id, case_id from case_mail_pending
				group by municipality_id, case_id having min(occurred_at) <= ?
				order by min(occurred_at) limit 500""")
			.params(Timestamps.of(now.minus(moveWindow)))
			.query(Due.class)
			.list();
		int sent = 0;
		for (Due one : due) {
			Boolean mailed = transaction.execute(status -> {
				CaseFacts facts = facts(one.municipalityId(), one.caseId());
				List<EventFacts> moves = claimMoves(facts);
				if (moves.isEmpty() || facts.submitterEmail() == null) {
					return false;
				}
				residentUpdate(facts, "moves:" + moves.get(0).id(), moves, null);
				return true;
			});
			sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
		}
		return sent;
	}

	/**
	 * The case's waiting moves, oldest first, taken out of the queue (by whoever comes
	 * first: the job or the next mail of the case).
	 */
	private List<EventFacts> claimMoves(CaseFacts facts) {
		return jdbc.sql("""
				delete from case_mail_pending where municipality_id = ? and case_id = ? returning event_id""")
			.params(facts.municipalityId(), facts.id())
			.query(Long.class)
			.list()
			.stream()
			.sorted()
			.map(eventId -> event(facts.municipalityId(), eventId))
			.toList();
	}

	private void residentUpdate(CaseFacts facts, String key, CaseEventType type, EventFacts event) {
		if (facts.submitterEmail() == null) {
			return;
		}
		// The moves still waiting go with this news, in one mail.
		List<EventFacts> news = new ArrayList<>(claimMoves(facts));
		news.add(event);
		residentUpdate(facts, key, news, event);
	}

	/**
	 * One mail to the resident telling {@code news} in order; {@code main} is the event
	 * the mail is sent for, whose message it carries (null for moves only).
	 */
	private void residentUpdate(CaseFacts facts, String key, List<EventFacts> news, EventFacts main) {
		String language = facts.language();
		// The status as of the mail's own event: when two changes come quickly, each mail
		// still tells its own step.
		String status = text(language,
				"caseStatus." + (main != null && main.toStatus() != null ? main.toStatus() : facts.status()));
		String what = news.stream()
			.map(event -> text(language, "mail.caseUpdate." + event.type(), event.unitName(), event.actorName(),
					text(language, "caseStatus." + (event.toStatus() != null ? event.toStatus() : facts.status())),
					facts.forwardedTo(), event.contactName() != null ? event.contactName() : facts.contactName()))
			.collect(Collectors.joining("\n"));
		String message = main == null || main.publicMessage() == null ? ""
				: text(language, "mail.caseUpdate.message", main.publicMessage());
		String link = link(facts);
		toResident(facts, key, "mail.caseUpdate.subject", text(language, "mail.caseUpdate.body", facts.reference(),
				titleLine(facts), what, message, status, link), link);
	}

	/**
	 * Residents who follow the published case hear of its public news, with a link to its
	 * public page.
	 */
	private void followerUpdate(CaseFacts facts, String key, CaseEventType type, EventFacts event) {
		if (!facts.published()) {
			return;
		}
		record Follower(long id, String email, String preferredLanguage) {
		}
		for (Follower follower : jdbc.sql("""
				select r.id, r.email, r.preferred_language from case_follower f
				join resident_account r on r.id = f.resident_id
				where f.case_id = ? and f.municipality_id = ? and r.deleted_at is null and r.email is not null""")
			.params(facts.id(), facts.municipalityId())
			.query(Follower.class)
			.list()) {
			if (follower.email().equalsIgnoreCase(facts.submitterEmail() == null ? "" : facts.submitterEmail())) {
				continue;
			}
			String language = follower.preferredLanguage();
			String status = text(language,
					"caseStatus." + (event.toStatus() != null ? event.toStatus() : facts.status()));
			String what = text(language, "mail.caseUpdate." + type, event.unitName(), event.actorName(), status,
					facts.forwardedTo(), facts.contactName());
			String message = event.publicMessage() == null ? ""
					: text(language, "mail.caseUpdate.message", event.publicMessage());
			mailer.send(signed(facts, language,
					new Mail(facts.municipalityId(), follower.email(),
							text(language, "mail.followUpdate.subject", facts.reference()),
							text(language, "mail.followUpdate.body", facts.reference(), facts.publicTitle(), what,
									message, status, trackingLinks.publicUrl(facts.slug(), facts.reference())),
							key + ":follower:" + follower.id())));
		}
	}

	/**
	 * The named contact, else the unit's members, else the coaches: someone always hears
	 * the resident.
	 */
	private List<StaffContact> whoAnswers(CaseFacts facts) {
		if (facts.contactStaffId() != null && facts.unitId() != null) {
			List<StaffContact> contact = staff.activeMembersOf(facts.municipalityId(), facts.unitId(), null)
				.stream()
				.filter(member -> member.id() == facts.contactStaffId())
				.toList();
			if (!contact.isEmpty()) {
				return contact;
			}
		}
		if (facts.unitId() != null) {
			List<StaffContact> members = staff.activeMembersOf(facts.municipalityId(), facts.unitId(), null);
			if (!members.isEmpty()) {
				return members;
			}
		}
		return staff.activeWithRole(facts.municipalityId(), StaffRole.IDEA_COACH);
	}

	/**
	 * The tracking link is a secret: it reaches the resident but not the record of sent
	 * mail.
	 */
	private void toResident(CaseFacts facts, String key, String subjectKey, String body, String trackingLink) {
		mailer.send(signed(facts, facts.language(),
				new Mail(facts.municipalityId(), facts.submitterEmail(),
						text(facts.language(), subjectKey, facts.reference()), body, key + ":resident"))
			.withSecret(trackingLink));
	}

	/**
	 * The title as a line of the resident's mail, only when the address was proven (a
	 * signed-in resident sent the case): an address typed into the anonymous form may be
	 * anyone's, and the platform's sender must not carry a stranger's text to it (F5).
	 */
	private String titleLine(CaseFacts facts) {
		return facts.residentId() == null ? "" : text(facts.language(), "mail.case.titleLine", facts.title());
	}

	private void toStaff(List<StaffContact> recipients, CaseFacts facts, String key, String messageKey) {
		String caseLink = trackingLinks.staffUrl(facts.slug(), facts.reference());
		for (StaffContact recipient : recipients) {
			String language = recipient.preferredLanguage();
			mailer.send(signed(facts, language, new Mail(facts.municipalityId(), recipient.email(),
					text(language, messageKey + ".subject", facts.reference()), text(language, messageKey + ".body",
							recipient.displayName(), facts.reference(), facts.title(), caseLink),
					key + ":staff:" + recipient.id())));
		}
	}

	/**
	 * The mail signed with the municipality's name and sent under it (UX finding 12), in
	 * the recipient's language.
	 */
	private Mail signed(CaseFacts facts, String language, Mail mail) {
		return new Mail(mail.municipalityId(), mail.recipient(), mail.subject(),
				mail.body() + "\n\n" + text(language, "mail.signature", facts.municipalityName()), mail.dedupeKey(),
				mail.secrets(), mail.attachments(), text(language, "mail.senderName", facts.municipalityName()));
	}

	private String link(CaseFacts facts) {
		return trackingLinks.url(facts.slug(), trackingLinks.issue(facts.municipalityId(), facts.id()));
	}

	private String text(String language, String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
	}

	private CaseFacts facts(long municipalityId, long caseId) {
		return jdbc.sql("""
				select c.id, c.municipality_id, c.reference, c.title, c.status, c.submitter_email, c.resident_id,
				       c.submitter_language as language, c.unit_id, c.contact_staff_id, c.forwarded_to,
				       m.slug, m.name as municipality_name, s.display_name as contact_name, c.published, c.public_title
				from cases c join municipality m on m.id = c.municipality_id
				left join staff_account s on s.id = c.contact_staff_id and s.municipality_id = c.municipality_id
				where c.id = ? and c.municipality_id = ?""")
			.params(caseId, municipalityId)
			.query(CaseFacts.class)
			.single();
	}

	record CaseFacts(long id, long municipalityId, String reference, String title, String status, String submitterEmail,
			Long residentId, String language, Long unitId, Long contactStaffId, String forwardedTo, String slug,
			String municipalityName, String contactName, boolean published, String publicTitle) {
	}

	record EventFacts(long id, CaseEventType type, String publicMessage, String toStatus, String unitName,
			String actorName, Long unitId, String contactName) {
	}

}
