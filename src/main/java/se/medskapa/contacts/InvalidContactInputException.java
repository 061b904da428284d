package se.medskapa.contacts;

/**
 * Input the contact bank refuses: {@code field} names the form field, {@code messageKey}
 * the translated reason.
 */
public class InvalidContactInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidContactInputException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
