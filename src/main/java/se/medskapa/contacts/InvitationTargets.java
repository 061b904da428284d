package se.medskapa.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.medskapa.challenges.ChallengeStatus;
import se.medskapa.challenges.ChallengeViews;
import se.medskapa.meetings.MeetingEvent;
import se.medskapa.meetings.PublicEvents;
import se.medskapa.meetings.Viewer;
import se.medskapa.municipalities.Municipality;

/**
 * The events and challenges an invitation may link to, read through the published
 * interfaces of {@code meetings} ({@link PublicEvents}: published, coming, open to
 * everybody) and {@code challenges} ({@link ChallengeViews}: published and open for
 * solutions), never their tables. Anything else picked is refused.
 */
@Component
class InvitationTargets {

	private final PublicEvents events;

	private final ChallengeViews challenges;

	private final String baseUrl;

	InvitationTargets(PublicEvents events, ChallengeViews challenges, @Value("${medskapa.base-url}") String baseUrl) {
		this.events = events;
		this.challenges = challenges;
		this.baseUrl = baseUrl;
	}

	/** The coming events first, soonest first, then the open challenges. */
	List<InvitationTarget> choices(Municipality municipality) {
		List<InvitationTarget> targets = new ArrayList<>();
		for (MeetingEvent event : events.coming(municipality.id(), Viewer.anonymous())) {
			targets.add(new InvitationTarget("EVENT:" + event.id(), InvitationTarget.Kind.EVENT, event.title(),
					events.eventUrl(municipality, event.id()), event.startsAt()));
		}
		challenges.publicList(municipality.id())
			.stream()
			.filter(challenge -> challenge.status() == ChallengeStatus.PUBLISHED)
			.forEach(challenge -> targets.add(new InvitationTarget("CHALLENGE:" + challenge.id(),
					InvitationTarget.Kind.CHALLENGE, challenge.texts().title(),
					baseUrl + ChallengeViews.publicPath(municipality.slug(), challenge.id()), null)));
		return targets;
	}

	/** The picked target, if it is one of the choices now. */
	Optional<InvitationTarget> find(Municipality municipality, String value) {
		return choices(municipality).stream().filter(target -> target.value().equals(value)).findFirst();
	}

}
