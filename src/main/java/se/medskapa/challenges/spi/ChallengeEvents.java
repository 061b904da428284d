package se.medskapa.challenges.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Implemented, as a bean, by the module that arranges events: the public events of a
 * municipality a challenge may link to (a workshop about it, say).
 */
public interface ChallengeEvents {

	/** The municipality's published, coming events open to everyone, soonest first. */
	List<LinkedEvent> linkable(long municipalityId);

	/**
	 * One published event of the municipality open to everyone; empty when there is none
	 * (or no longer).
	 */
	Optional<LinkedEvent> publicEvent(long municipalityId, long eventId);

	/**
	 * An event as a challenge's pages show it; its page is {@code /{slug}/events/{id}}.
	 */
	record LinkedEvent(long id, String title, Instant startsAt) {
	}

}
