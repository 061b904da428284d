package se.medskapa.meetings;

/**
 * A registration, cancellation or offer that the event's state does not allow (closed,
 * too many places, an offer that lapsed …); {@code messageKey} says why.
 */
public class RegistrationRefusedException extends RuntimeException {

	private final String messageKey;

	public RegistrationRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
