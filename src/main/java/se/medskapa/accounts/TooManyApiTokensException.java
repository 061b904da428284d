package se.medskapa.accounts;

/**
 * The staff member already holds as many active API tokens as allowed; revoke one first.
 */
public class TooManyApiTokensException extends RuntimeException {

	public TooManyApiTokensException() {
		super("too many active API tokens");
	}

}
