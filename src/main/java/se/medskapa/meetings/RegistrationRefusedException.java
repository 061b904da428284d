package se.medskapa.meetings;

/**
 * A registration, cancellation or offer that the event's state does not allow (closed,
 * too many places, an offer that lapsed …); {@code messageKey} says why.
 */
public class RegistrationRefusedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public RegistrationRefusedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	/** The message's arguments (the group limit, say). */
	public Object[] arguments() {
		return arguments.clone();
	}

}
