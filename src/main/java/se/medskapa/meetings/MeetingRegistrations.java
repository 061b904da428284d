package se.medskapa.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.medskapa.meetings.MeetingEventStore.Decision;
import se.medskapa.meetings.MeetingMails.CheckIn;
import se.medskapa.meetings.MeetingMails.Kind;
import se.medskapa.municipalities.Municipality;
import se.medskapa.notifications.Mail;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.SecureTokens;
import se.medskapa.shared.WorkingDays;

/**
 * The registration engine. Every change of a registration's status first locks its
 * event's row, so registrations, cancellations and promotions of one event happen one
 * after another, in the order the lock was had (the order of arrival), and the places
 * taken never pass the capacity (which the database checks too). A full event, or one
 * with people already waiting, puts a newcomer on the waitlist: a group keeps its place
 * in line, and nobody behind it is served first.
 */
@Service
public class MeetingRegistrations {

	private final MeetingEventStore events;

	private final RegistrationStore registrations;

	private final MeetingMails mails;

	private final Clock clock;

	private final TransactionTemplate eachEvent;

	MeetingRegistrations(MeetingEventStore events, RegistrationStore registrations, MeetingMails mails, Clock clock,
			PlatformTransactionManager transactions) {
		this.events = events;
		this.registrations = registrations;
		this.mails = mails;
		this.clock = clock;
		this.eachEvent = new TransactionTemplate(transactions);
	}

	/**
	 * Registers for the event: confirmed while places are left and nobody waits, else
	 * waitlisted. An event the viewer may not see is not found.
	 * @throws RegistrationRefusedException when registration is closed, the group is
	 * larger than the event allows, or the address is registered already
	 */
	public RegistrationOutcome register(long municipalityId, long eventId, Registrant registrant, Viewer viewer) {
		// Everything that does not depend on the decision is done before the event's lock
		// (ADR 0041): the checks, the municipality, the signed links, the QR image.
		MeetingEvent event = events.find(municipalityId, eventId)
			.filter(found -> found.published()
					&& viewer.admitted(municipalityId, found.audience(), found.invitedEmails()))
			.orElseThrow(() -> new NotFoundException("event"));
		if (!event.registrationOpen(clock.instant())) {
			throw new RegistrationRefusedException("meetings.refused.closed");
		}
		if (registrant.places() < 1 || registrant.places() > event.groupLimit()) {
			throw new RegistrationRefusedException("meetings.refused.groupLimit", event.groupLimit());
		}
		Municipality municipality = mails.municipality(municipalityId);
		CheckIn checkIn = mails.newCheckIn(municipality, eventId);
		String receiptToken = SecureTokens.newToken();
		String mailToken = SecureTokens.newToken();
		return decide(outbox -> {
			// Under the lock: the deciding update, the insert, the links, the mail's row.
			Decision decision = events.decide(municipalityId, eventId, registrant.places())
				.orElseThrow(() -> new NotFoundException("event"));
			RegistrationStatus status = decision.fits() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
			Instant now = clock.instant();
			Registration registration;
			try {
				registration = registrations.insert(municipalityId, eventId, decision.arrival(), registrant,
						viewer.residentId(), status, checkIn.code(), now);
			}
			catch (DuplicateKeyException ex) {
				throw new RegistrationRefusedException("meetings.refused.alreadyRegistered");
			}
			registrations.issueTokens(municipalityId, registration.id(), now, receiptToken, mailToken);
			int position = decision.fits() ? 0 : decision.position();
			outbox.add(checkIn.attachTo(mails.prepareNew(decision.fits() ? Kind.CONFIRMED : Kind.WAITLISTED, event,
					municipality, registration, position, mailToken)));
			return new RegistrationOutcome(registration.id(), eventId, status, position, receiptToken);
		});
	}

	/** The registration a signed link opens, with its event. */
	public RegistrationPage byToken(long municipalityId, String token) {
		Registration registration = registrations.byToken(municipalityId, token)
			.orElseThrow(() -> new NotFoundException("registration"));
		MeetingEvent event = events.find(municipalityId, registration.eventId()).orElseThrow();
		int position = registration.status() == RegistrationStatus.WAITLISTED
				? registrations.waitlistPosition(municipalityId, event.id(), registration.arrival()) : 0;
		return new RegistrationPage(registration, event, position);
	}

	/** What a registrant's own page shows. */
	public record RegistrationPage(Registration registration, MeetingEvent event, int position) {
	}

	/**
	 * Cancels a registration or leaves the waitlist, by the signed link; freed places go
	 * to the first in line.
	 */
	public void cancel(long municipalityId, String token) {
		decide(outbox -> {
			cancel(municipalityId, token, outbox);
			return null;
		});
	}

	private void cancel(long municipalityId, String token, List<Mail> outbox) {
		Registration found = registrations.byToken(municipalityId, token)
			.orElseThrow(() -> new NotFoundException("registration"));
		MeetingEvent event = events.lock(municipalityId, found.eventId()).orElseThrow();
		Registration registration = registrations.find(municipalityId, found.id()).orElseThrow();
		if (!registration.active()) {
			throw new RegistrationRefusedException("meetings.refused.notActive");
		}
		Instant now = clock.instant();
		registrations.setStatus(municipalityId, registration.id(), RegistrationStatus.CANCELLED, null, now);
		if (registration.status().holdsPlaces()) {
			events.addTaken(municipalityId, event.id(), -registration.places());
			promote(municipalityId, event.id(), now, outbox);
		}
	}

	/**
	 * Cancels every active registration of a deleted resident (freed places go to the
	 * waitlist), then erases what identified them (ADR 0011).
	 */
	public void forgetResident(long residentId) {
		for (Registration registration : registrations.ofResident(residentId)) {
			if (registration.active()) {
				decide(outbox -> {
					MeetingEvent event = events.lock(registration.municipalityId(), registration.eventId())
						.orElseThrow();
					Registration current = registrations.find(registration.municipalityId(), registration.id())
						.orElseThrow();
					if (current.active()) {
						registrations.setStatus(current.municipalityId(), current.id(), RegistrationStatus.CANCELLED,
								null, clock.instant());
						if (current.status().holdsPlaces()) {
							events.addTaken(current.municipalityId(), event.id(), -current.places());
							promote(current.municipalityId(), event.id(), clock.instant(), outbox);
						}
					}
					return null;
				});
			}
		}
		registrations.anonymise(residentId);
	}

	List<Registration> ofResident(long residentId) {
		return registrations.ofResident(residentId);
	}

	/** Takes offered places before the offer lapses. */
	public void acceptOffer(long municipalityId, String token) {
		decide(outbox -> {
			acceptOffer(municipalityId, token, outbox);
			return null;
		});
	}

	private void acceptOffer(long municipalityId, String token, List<Mail> outbox) {
		Registration found = registrations.byToken(municipalityId, token)
			.orElseThrow(() -> new NotFoundException("registration"));
		MeetingEvent event = events.lock(municipalityId, found.eventId()).orElseThrow();
		Registration registration = registrations.find(municipalityId, found.id()).orElseThrow();
		Instant now = clock.instant();
		if (registration.status() != RegistrationStatus.OFFERED || !registration.offerExpiresAt().isAfter(now)) {
			throw new RegistrationRefusedException("meetings.refused.offerGone");
		}
		registrations.setStatus(municipalityId, registration.id(), RegistrationStatus.CONFIRMED, null, now);
		outbox.add(mails.prepare(Kind.CONFIRMED, event, registration, 0, "offer"));
	}

	/**
	 * Lets every offer that expired by {@code now} lapse and passes its places on; the
	 * scheduled job calls it, tests call it with the time they need.
	 * @return the offers that lapsed
	 */
	public int lapseOffers(Instant now) {
		int lapsed = 0;
		for (long[] event : registrations.eventsWithLapsedOffers(now)) {
			lapsed += decide(outbox -> lapseOffers(event[0], event[1], now, outbox));
		}
		return lapsed;
	}

	private int lapseOffers(long municipalityId, long eventId, Instant now, List<Mail> outbox) {
		MeetingEvent event = events.lock(municipalityId, eventId).orElseThrow();
		List<Registration> lapsed = registrations.lapsedOffers(municipalityId, eventId, now);
		for (Registration registration : lapsed) {
			registrations.setStatus(municipalityId, registration.id(), RegistrationStatus.LAPSED, null, now);
			events.addTaken(municipalityId, eventId, -registration.places());
			outbox.add(mails.prepare(Kind.LAPSED, event, registration, 0, ""));
		}
		promote(municipalityId, eventId, now, outbox);
		return lapsed.size();
	}

	/**
	 * Reminds everyone confirmed for an event that starts on the day after {@code now}'s
	 * (Swedish time), once.
	 * @return the reminders sent
	 */
	public int sendReminders(Instant now) {
		return decide(outbox -> sendReminders(now, outbox));
	}

	private int sendReminders(Instant now, List<Mail> outbox) {
		LocalDate tomorrow = LocalDate.ofInstant(now, WorkingDays.SWEDEN).plusDays(1);
		Instant from = tomorrow.atStartOfDay(WorkingDays.SWEDEN).toInstant();
		Instant to = tomorrow.plusDays(1).atStartOfDay(WorkingDays.SWEDEN).toInstant();
		List<Registration> claimed = registrations.claimReminders(from, to, now);
		for (Registration registration : claimed) {
			MeetingEvent event = events.find(registration.municipalityId(), registration.eventId()).orElseThrow();
			outbox.add(mails.prepare(Kind.REMINDER, event, registration, 0,
					String.valueOf(event.startsAt().getEpochSecond())));
		}
		return claimed.size();
	}

	/**
	 * Gives freed places to the waitlist in order of arrival, while the first in line
	 * fits; the caller holds the event's lock.
	 */
	void promote(long municipalityId, long eventId, Instant now, List<Mail> outbox) {
		MeetingEvent event = events.find(municipalityId, eventId).orElseThrow();
		int free = event.capacity() - event.taken();
		while (true) {
			Registration first = registrations.firstWaiting(municipalityId, eventId).orElse(null);
			if (first == null || first.places() > free) {
				return;
			}
			free -= first.places();
			events.addTaken(municipalityId, eventId, first.places());
			if (event.promotion() == Promotion.DIRECT) {
				registrations.setStatus(municipalityId, first.id(), RegistrationStatus.CONFIRMED, null, now);
				outbox.add(mails.prepare(Kind.PROMOTED, event, first, 0, ""));
			}
			else {
				Instant expires = now.plus(Duration.ofHours(event.offerHours()));
				registrations.setStatus(municipalityId, first.id(), RegistrationStatus.OFFERED, expires, now);
				outbox
					.add(mails.prepare(Kind.OFFERED, event, first, expires, String.valueOf(expires.getEpochSecond())));
			}
		}
	}

	/** Tells everyone registered that time or place changed, with the updated entry. */
	void tellChange(MeetingEvent changed, List<Mail> outbox) {
		for (Registration registration : registrations.ofEvent(changed.municipalityId(), changed.id())) {
			if (registration.active()) {
				outbox.add(mails.prepare(Kind.CHANGED, changed, registration, 0, String.valueOf(changed.sequence())));
			}
		}
	}

	/**
	 * Mails the organiser's message to everyone with an active registration (confirmed,
	 * waitlisted or offered); the caller records it.
	 * @return how many were written to
	 */
	int tellEveryone(MeetingEvent event, long messageId, String subject, String text, List<Mail> outbox) {
		int recipients = 0;
		for (Registration registration : registrations.ofEvent(event.municipalityId(), event.id())) {
			if (registration.active()) {
				outbox
					.add(mails.prepare(Kind.MESSAGE, event, registration, 0, String.valueOf(messageId), subject, text));
				recipients++;
			}
		}
		return recipients;
	}

	/**
	 * Runs a decision in a transaction of its own. The mails it prepared are recorded in
	 * the same transaction and delivered once it has committed (none when it rolled
	 * back), so a decision that commits has its mails, even when the pool has no
	 * connection left afterwards (issue 9's burst: registrations stored, answered 503,
	 * never confirmed).
	 */
	<T> T decide(Function<List<Mail>, T> decision) {
		return eachEvent.execute(status -> {
			List<Mail> outbox = new ArrayList<>();
			T result = decision.apply(outbox);
			mails.sendAll(outbox);
			return result;
		});
	}

	List<Registration> ofEvent(long municipalityId, long eventId) {
		return registrations.ofEvent(municipalityId, eventId);
	}

	/** The code a registration's QR image carries, for tests and the organiser. */
	public String checkInCode(long municipalityId, long registrationId) {
		return registrations.find(municipalityId, registrationId)
			.map(Registration::checkInCode)
			.orElseThrow(() -> new NotFoundException("registration"));
	}

	boolean checkIn(long municipalityId, long eventId, long registrationId, boolean arrived) {
		return registrations.checkIn(municipalityId, eventId, registrationId, arrived ? clock.instant() : null);
	}

}
