package se.medskapa.participation;

import java.time.Duration;

/**
 * How often a follower hears of an item: one digest a day or a week. The interval is an
 * hour short of the period, so that a job starting a little late is not a day late.
 */
public enum FollowFrequency {

	DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

	private final Duration period;

	FollowFrequency(Duration period) {
		this.period = period;
	}

	Duration interval() {
		return period.minusHours(1);
	}

}
