package se.medskapa.contacts;

import java.time.Period;

/** How often a resident accepts to be contacted at most. */
public enum ContactFrequency {

	MONTH(Period.ofMonths(1)), QUARTER(Period.ofMonths(3)), HALF_YEAR(Period.ofMonths(6));

	private final Period period;

	ContactFrequency(Period period) {
		this.period = period;
	}

	public Period period() {
		return period;
	}

	/** The period as PostgreSQL's interval text, e.g. {@code 3 months}. */
	String interval() {
		return period.getMonths() + " months";
	}

}
