package se.medskapa.cases;

/** Someone else changed the case between reading and writing it; nothing was saved. */
public class ConcurrentCaseChangeException extends InvalidCaseActionException {

	public ConcurrentCaseChangeException() {
		super("case.error.concurrent");
	}

}
