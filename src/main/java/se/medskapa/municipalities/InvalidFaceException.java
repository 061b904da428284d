package se.medskapa.municipalities;

import java.util.List;

/**
 * A face the admin tried to save that is refused, with every reason: the field, a message
 * key and its arguments.
 */
public class InvalidFaceException extends RuntimeException {

	private final transient List<Problem> problems;

	public InvalidFaceException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/** One reason to refuse: the form field, the message key and its arguments. */
	public record Problem(String field, String messageKey, Object... arguments) {

		@Override
		public String toString() {
			return field + ": " + messageKey;
		}

	}

}
