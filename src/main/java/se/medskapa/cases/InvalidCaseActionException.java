package se.medskapa.cases;

/**
 * An action the case's state does not allow (a transition from a closed case, a decline
 * without reason …). The message key explains it to the user in their language.
 */
public class InvalidCaseActionException extends RuntimeException {

	private final String messageKey;

	public InvalidCaseActionException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
