package se.medskapa.cases;

/**
 * Orders of the public list. Both are keyset orders with the case id as the last
 * tie-breaker.
 */
public enum PublicCaseSort {

	/** Newest submissions first. */
	NEWEST,

	/**
	 * Most supported first (support arrives with participation), newest first among
	 * equals.
	 */
	MOST_SUPPORTED

}
