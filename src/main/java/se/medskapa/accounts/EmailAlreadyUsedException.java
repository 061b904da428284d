package se.medskapa.accounts;

/** Another staff account already signs in with that address. */
public class EmailAlreadyUsedException extends RuntimeException {

	public EmailAlreadyUsedException() {
		super("e-mail address already used by a staff account");
	}

}
