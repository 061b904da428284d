package se.medskapa.accounts;

/** A link that is unknown, used or expired. */
public class InvalidTokenException extends RuntimeException {

	public InvalidTokenException() {
		super("invalid or expired link");
	}

}
