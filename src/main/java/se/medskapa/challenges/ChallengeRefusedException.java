package se.medskapa.challenges;

/**
 * A step the challenge's state does not allow, or input it cannot take; the message key
 * explains it in the user's language.
 */
public class ChallengeRefusedException extends RuntimeException {

	private final String messageKey;

	public ChallengeRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
