package se.medskapa.meetings;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled work: offers that lapsed pass on, and reminders go out the day before.
 * Both crons can be turned off with {@code -} (the test profile does); tests call
 * {@link MeetingRegistrations#lapseOffers} and {@link MeetingRegistrations#sendReminders}
 * with the time they need.
 */
@Component
class MeetingJobs {

	private final MeetingRegistrations registrations;

	private final Clock clock;

	MeetingJobs(MeetingRegistrations registrations, Clock clock) {
		this.registrations = registrations;
		this.clock = clock;
	}

	@Scheduled(cron = "${medskapa.meetings.offer-cron:0 */5 * * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "meetings-lapse-offers", lockAtLeastFor = "PT1M")
	public void lapseOffers() {
		registrations.lapseOffers(clock.instant());
	}

	@Scheduled(cron = "${medskapa.meetings.reminder-cron:0 0 9 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "meetings-reminders", lockAtLeastFor = "PT10M")
	public void sendReminders() {
		registrations.sendReminders(clock.instant());
	}

}
