package se.medskapa.accounts;

/** A second-factor code that does not match, or was used already. */
public class InvalidCodeException extends RuntimeException {

	public InvalidCodeException() {
		super("invalid code");
	}

}
