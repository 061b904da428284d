package se.medskapa.participation;

/**
 * An action the participant may not take now, or a text that cannot be stored; the
 * message key explains it in the participant's language.
 */
public class ParticipationRefusedException extends RuntimeException {

	private final String messageKey;

	public ParticipationRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
