package se.medskapa.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.WorkingDays;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMailServer.Mark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registration engine on the running application: capacity under parallel
 * registrations, the waitlist in order of arrival with groups keeping their place, both
 * promotion modes with the offer's lapse, reminders and the change of time, with the
 * mails read back from GreenMail and their calendar entries parsed by ical4j.
 */
class MeetingRegistrationTests extends IntegrationTest {

	@Autowired
	MeetingEvents events;

	@Autowired
	MeetingRegistrations registrations;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	MeetingFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = MeetingFixtures.create(municipalities, organisation, directory, users);
	}

	@Test
	void shouldConfirmExactlyFortyOfTwoHundredParallelRegistrationsAndWaitlistTheRestInArrivalOrder() throws Exception {
		long eventId = fixtures.event(events, Audience.PUBLIC, 40, 1, Promotion.DIRECT, inDays(20));
		long town = fixtures.town().id();
		String run = UUID.randomUUID().toString().substring(0, 8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<RegistrationOutcome>> futures = new ArrayList<>();
		// Twice the connection pool at once: every registration queues on the event's
		// lock,
		// and more threads than that would only wait for a connection, past the pool's
		// short wait on a loaded machine (that wait, 3 s, answers 503 by design).
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			for (int i = 0; i < 200; i++) {
				String email = "p" + i + "-" + run + "@example.se";
				futures.add(pool.submit(() -> {
					start.await();
					return registrations.register(town, eventId, MeetingFixtures.person(email, 1), Viewer.anonymous());
				}));
			}
			start.countDown();
			List<RegistrationOutcome> outcomes = new ArrayList<>();
			for (Future<RegistrationOutcome> future : futures) {
				outcomes.add(future.get());
			}

			Map<Long, RegistrationOutcome> byId = outcomes.stream()
				.collect(Collectors.toMap(RegistrationOutcome::registrationId, Function.identity()));
			List<Registration> stored = registrations.ofEvent(town, eventId);
			assertThat(stored).hasSize(200);
			List<Registration> confirmed = stored.stream()
				.filter(r -> r.status() == RegistrationStatus.CONFIRMED)
				.toList();
			List<Registration> waiting = stored.stream()
				.filter(r -> r.status() == RegistrationStatus.WAITLISTED)
				.sorted(Comparator.comparingLong(Registration::arrival))
				.toList();
			assertThat(confirmed).hasSize(40);
			assertThat(waiting).hasSize(160);
			// the first forty to get the event's lock got the places, the rest waited in
			// that order, and each was told its own place in line
			assertThat(confirmed).extracting(Registration::arrival).containsExactlyInAnyOrderElementsOf(range(1, 40));
			assertThat(waiting).extracting(Registration::arrival).containsExactlyElementsOf(range(41, 200));
			for (Registration registration : waiting) {
				assertThat(byId.get(registration.id()).position()).isEqualTo(registration.arrival() - 40);
			}
			assertThat(taken(eventId)).isEqualTo(40);

			// five cancel, at once: exactly the first five in line move up
			List<Future<?>> cancels = new ArrayList<>();
			CountDownLatch cancelStart = new CountDownLatch(1);
			for (Registration registration : confirmed.subList(0, 5)) {
				String token = byId.get(registration.id()).token();
				cancels.add(pool.submit(() -> {
					cancelStart.await();
					registrations.cancel(town, token);
					return null;
				}));
			}
			cancelStart.countDown();
			for (Future<?> cancel : cancels) {
				cancel.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		List<Registration> after = registrations.ofEvent(town, eventId);
		assertThat(after.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count()).isEqualTo(40);
		assertThat(after.stream().filter(r -> r.status() == RegistrationStatus.CANCELLED).count()).isEqualTo(5);
		assertThat(after.stream()
			.filter(r -> r.status() == RegistrationStatus.CONFIRMED && r.arrival() > 40)
			.map(Registration::arrival)).containsExactlyInAnyOrder(41L, 42L, 43L, 44L, 45L);
		assertThat(after.stream()
			.filter(r -> r.status() == RegistrationStatus.WAITLISTED)
			.map(Registration::arrival)
			.sorted()
			.toList()).containsExactlyElementsOf(range(46, 200));
		assertThat(taken(eventId)).isEqualTo(40);
	}

	@Test
	void shouldKeepAGroupsPlaceInLineAndCountPlacesNotRegistrations() {
		long eventId = fixtures.event(events, Audience.PUBLIC, 5, 3, Promotion.DIRECT, inDays(20));
		long town = fixtures.town().id();
		RegistrationOutcome a = register(eventId, "a", 3);
		RegistrationOutcome b = register(eventId, "b", 2);
		RegistrationOutcome c = register(eventId, "c", 3);
		RegistrationOutcome d = register(eventId, "d", 1);
		assertThat(List.of(a.status(), b.status(), c.status(), d.status())).containsExactly(
				RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
				RegistrationStatus.WAITLISTED);
		assertThat(List.of(c.position(), d.position())).containsExactly(1, 2);

		// two places free: the group of three first in line does not fit, and the single
		// behind it does not jump the queue
		registrations.cancel(town, b.token());
		assertThat(status(c)).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(status(d)).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(taken(eventId)).isEqualTo(3);

		int had = MeetingFixtures.received(email(eventId, "c"));
		registrations.cancel(town, a.token());
		assertThat(status(c)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(status(d)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(taken(eventId)).isEqualTo(4);
		MimeMessage promoted = MeetingFixtures.awaitNext(email(eventId, "c"), had);
		assertThat(TestMailServer.subjectOf(promoted)).isEqualTo("Du har fått en plats: Framtidsverkstad, Norrby");
		assertThat(MeetingFixtures.text(promoted)).contains("(3 plats(er))");
		MeetingFixtures.calendar(promoted);

		assertThatThrownBy(() -> registrations.cancel(town, a.token()))
			.isInstanceOf(RegistrationRefusedException.class);
		assertThatThrownBy(() -> register(eventId, "e", 4)).isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("meetings.refused.groupLimit");
		assertThatThrownBy(() -> register(eventId, "d", 1)).isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("meetings.refused.alreadyRegistered");
	}

	@Test
	void shouldOfferAFreedPlaceForItsHoursAndPassItOnWhenTheOfferLapses() {
		long eventId = fixtures.event(events, Audience.PUBLIC, 1, 1, Promotion.OFFER, inDays(20));
		long town = fixtures.town().id();
		RegistrationOutcome a = register(eventId, "a", 1);
		RegistrationOutcome b = register(eventId, "b", 1);
		RegistrationOutcome c = register(eventId, "c", 1);
		int hadB = MeetingFixtures.received(email(eventId, "b"));
		int hadC = MeetingFixtures.received(email(eventId, "c"));

		Instant cancelledAt = Instant.now();
		registrations.cancel(town, a.token());
		assertThat(status(b)).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(status(c)).isEqualTo(RegistrationStatus.WAITLISTED);
		MimeMessage offer = MeetingFixtures.awaitNext(email(eventId, "b"), hadB);
		assertThat(TestMailServer.subjectOf(offer)).isEqualTo("En plats väntar på dig: Framtidsverkstad, Norrby");
		Instant expires = registrations.ofEvent(town, eventId)
			.stream()
			.filter(r -> r.id() == b.registrationId())
			.findFirst()
			.orElseThrow()
			.offerExpiresAt();
		assertThat(Duration.between(cancelledAt, expires)).isBetween(Duration.ofHours(24).minusMinutes(1),
				Duration.ofHours(24).plusMinutes(1));

		// not yet lapsed
		assertThat(registrations.lapseOffers(expires.minusSeconds(60))).isZero();
		assertThat(status(b)).isEqualTo(RegistrationStatus.OFFERED);
		// lapsed: the offer passes on to the next in line
		assertThat(registrations.lapseOffers(expires.plusSeconds(1))).isEqualTo(1);
		assertThat(status(b)).isEqualTo(RegistrationStatus.LAPSED);
		assertThat(status(c)).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(taken(eventId)).isEqualTo(1);
		assertThat(TestMailServer.subjects(MeetingFixtures.awaitMore(email(eventId, "b"), hadB, 2))).containsExactly(
				"En plats väntar på dig: Framtidsverkstad, Norrby",
				"Erbjudandet har gått ut: Framtidsverkstad, Norrby");
		MimeMessage secondOffer = MeetingFixtures.awaitNext(email(eventId, "c"), hadC);
		assertThatThrownBy(() -> registrations.acceptOffer(town, MeetingFixtures.token(offer)))
			.isInstanceOf(RegistrationRefusedException.class);

		registrations.acceptOffer(town, MeetingFixtures.token(secondOffer));
		assertThat(status(c)).isEqualTo(RegistrationStatus.CONFIRMED);
		MimeMessage confirmation = MeetingFixtures.awaitNext(email(eventId, "c"), hadC + 1);
		assertThat(TestMailServer.subjectOf(confirmation)).isEqualTo("Du är anmäld: Framtidsverkstad, Norrby");
	}

	@Test
	void shouldConfirmWithAValidCalendarEntryAndUpdateItWhenTimeOrPlaceChanges() {
		Instant start = inDays(30);
		long eventId = fixtures.event(events, Audience.PUBLIC, 10, 1, Promotion.DIRECT, start);
		RegistrationOutcome outcome = register(eventId, "a", 1);
		String address = email(eventId, "a");
		MimeMessage confirmation = TestMailServer.awaitOneMailTo(address, Mark.START);
		assertThat(TestMailServer.subjectOf(confirmation)).isEqualTo("Du är anmäld: Framtidsverkstad, Norrby");
		String text = MeetingFixtures.text(confirmation);
		assertThat(text).contains("Norrby bibliotek, sal 2", "/events/registrations/", "/events/" + eventId);
		assertThat(MeetingFixtures.token(confirmation)).isNotEqualTo(outcome.token());

		Calendar calendar = MeetingFixtures.calendar(confirmation);
		VEvent entry = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
		String uid = entry.getUid().orElseThrow().getValue();
		assertThat(entry.getSequence().getSequenceNo()).isZero();
		assertThat(entry.getSummary().getValue()).isEqualTo("Framtidsverkstad, Norrby");
		assertThat(entry.getDescription().getValue()).startsWith("Vi drömmer; kritiserar, planerar.\n");
		assertThat(entry.getLocation().getValue()).isEqualTo("Norrby bibliotek, sal 2");
		assertThat(Instant.from(entry.getDateTimeStart().getDate())).isEqualTo(start);
		assertThat(entry.getUrl().getValue()).endsWith("/events/" + eventId);

		// a change of title only: nobody is told
		EventDetails renamed = rename(MeetingFixtures.details(fixtures.town().streets().id(), Audience.PUBLIC, 10, 1,
				Promotion.DIRECT, start), "Framtidsverkstad i Norrby");
		events.update(fixtures.town().id(), fixtures.adminPrincipal(), eventId, renamed);
		// a new time: everyone registered gets the updated entry, same UID, next SEQUENCE
		Instant later = start.plus(Duration.ofHours(1));
		events.update(fixtures.town().id(), fixtures.adminPrincipal(), eventId,
				renamed.at(later, later.plus(Duration.ofHours(2)), null, null));
		MimeMessage change = MeetingFixtures.awaitNext(address, 1);
		assertThat(TestMailServer.subjectOf(change)).isEqualTo("Ändrad tid eller plats: Framtidsverkstad i Norrby");
		VEvent updated = MeetingFixtures.calendar(change).<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(updated.getUid().orElseThrow().getValue()).isEqualTo(uid);
		assertThat(updated.getSequence().getSequenceNo()).isEqualTo(1);
		assertThat(Instant.from(updated.getDateTimeStart().getDate())).isEqualTo(later);
	}

	@Test
	void shouldRemindEveryoneConfirmedOnceTheDayBefore() {
		Instant now = Instant.now();
		Instant tomorrow = LocalDate.now(WorkingDays.SWEDEN)
			.plusDays(1)
			.atTime(18, 0)
			.atZone(WorkingDays.SWEDEN)
			.toInstant();
		long eventId = fixtures.event(events, Audience.PUBLIC, 1, 1, Promotion.DIRECT, tomorrow);
		register(eventId, "a", 1);
		register(eventId, "b", 1);
		assertThat(registrations.sendReminders(now)).isGreaterThanOrEqualTo(1);
		MimeMessage reminder = MeetingFixtures.awaitNext(email(eventId, "a"), 1);
		assertThat(TestMailServer.subjectOf(reminder)).isEqualTo("Påminnelse: Framtidsverkstad, Norrby i morgon");
		MeetingFixtures.calendar(reminder);
		// the waitlisted is not reminded, and nobody twice
		registrations.sendReminders(now);
		MeetingFixtures.awaitMore(email(eventId, "a"), 1, 1);
		assertThat(TestMailServer.subjects(TestMailServer.mailsTo(email(eventId, "b"))))
			.containsExactly("Du står på väntelistan: Framtidsverkstad, Norrby");
	}

	private static EventDetails rename(EventDetails details, String title) {
		return new EventDetails(details.unitId(), details.kind(), title, details.description(), details.startsAt(),
				details.endsAt(), details.place(), details.onlineLink(), details.accessibilityInfo(),
				details.audience(), details.invitedEmails(), details.capacity(), details.registrationOpensAt(),
				details.registrationClosesAt(), details.groupLimit(), details.promotion(), details.offerHours(),
				details.organiserName(), details.organiserEmail());
	}

	private RegistrationOutcome register(long eventId, String who, int places) {
		return registrations.register(fixtures.town().id(), eventId,
				MeetingFixtures.person(email(eventId, who), places), Viewer.anonymous());
	}

	private String email(long eventId, String who) {
		return who + "-" + eventId + "-" + fixtures.town().slug() + "@example.se";
	}

	private RegistrationStatus status(RegistrationOutcome outcome) {
		return registrations.ofEvent(fixtures.town().id(), outcome.eventId())
			.stream()
			.filter(r -> r.id() == outcome.registrationId())
			.findFirst()
			.orElseThrow()
			.status();
	}

	private int taken(long eventId) {
		return jdbc.sql("select taken from meeting_event where id = ?").param(eventId).query(Integer.class).single();
	}

	private static Instant inDays(int days) {
		return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
	}

	private static List<Long> range(long from, long to) {
		List<Long> values = new ArrayList<>();
		for (long i = from; i <= to; i++) {
			values.add(i);
		}
		return values;
	}

}
