package se.medskapa.contacts;

import java.io.Serializable;

/**
 * A count as staff may see it: exact from {@value #THRESHOLD} up, "fewer than 5" below
 * (zero included), so that small groups cannot be singled out. The exact figure below the
 * threshold never leaves this class.
 */
public final class SmallCount implements Serializable {

	private static final long serialVersionUID = 1L;

	public static final int THRESHOLD = 5;

	private final int exact;

	SmallCount(int exact) {
		this.exact = exact;
	}

	/** Whether the count may be shown as it is. */
	public boolean shown() {
		return exact >= THRESHOLD;
	}

	/** The number to show; only when {@link #shown()}. */
	public int value() {
		if (!shown()) {
			throw new IllegalStateException("a count below " + THRESHOLD + " is never shown");
		}
		return exact;
	}

	@Override
	public String toString() {
		return shown() ? Integer.toString(exact) : "<" + THRESHOLD;
	}

}
