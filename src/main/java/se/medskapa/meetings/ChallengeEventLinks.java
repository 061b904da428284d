package se.medskapa.meetings;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.medskapa.challenges.spi.ChallengeEvents;
import se.medskapa.shared.NotFoundException;

/**
 * The events a challenge may link to: those the public sees (published, coming, open to
 * everyone), as {@link PublicEvents} shows them to an anonymous visitor.
 */
@Component
class ChallengeEventLinks implements ChallengeEvents {

	private final PublicEvents events;

	ChallengeEventLinks(PublicEvents events) {
		this.events = events;
	}

	@Override
	public List<LinkedEvent> linkable(long municipalityId) {
		return events.coming(municipalityId, Viewer.anonymous()).stream().map(ChallengeEventLinks::linked).toList();
	}

	@Override
	public Optional<LinkedEvent> publicEvent(long municipalityId, long eventId) {
		try {
			return Optional.of(linked(events.event(municipalityId, eventId, Viewer.anonymous())));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private static LinkedEvent linked(MeetingEvent event) {
		return new LinkedEvent(event.id(), event.title(), event.startsAt());
	}

}
