package se.medskapa.participation;

import java.util.Locale;

/** The language of what stays on a public record: Swedish. */
final class ParticipationMessages {

	static final Locale SWEDISH = new Locale("sv");

	private ParticipationMessages() {
	}

}
