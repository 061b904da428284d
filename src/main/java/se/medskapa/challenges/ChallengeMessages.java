package se.medskapa.challenges;

import java.util.Locale;

/** The language of what stays on a public record: Swedish. */
final class ChallengeMessages {

	static final Locale SWEDISH = new Locale("sv");

	private ChallengeMessages() {
	}

}
