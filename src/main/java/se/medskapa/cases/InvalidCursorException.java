package se.medskapa.cases;

/**
 * A page cursor that this installation did not hand out, or one made for another order.
 */
public class InvalidCursorException extends RuntimeException {

	public InvalidCursorException() {
		super("invalid cursor");
	}

}
