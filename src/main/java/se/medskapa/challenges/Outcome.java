package se.medskapa.challenges;

/** What the decision says of one solution. */
public enum Outcome {

	/** It goes forward: to a pilot, a small test. */
	FORWARD,
	/** Not this time, with a short reason. */
	DECLINED

}
