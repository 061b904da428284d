package se.medskapa.config;

import java.util.function.Predicate;

/**
 * Looks through an exception's causes, as the refusals decide by the innermost reason.
 */
final class Causes {

	private Causes() {
	}

	/** Whether the exception or one of its causes passes the test. */
	static boolean any(Throwable ex, Predicate<Throwable> test) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (test.test(cause)) {
				return true;
			}
		}
		return false;
	}

}
