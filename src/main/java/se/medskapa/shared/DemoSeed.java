package se.medskapa.shared;

/**
 * A module's contribution to the demo data. The demo module creates the demo
 * municipalities with their organisation and staff, then calls every {@code DemoSeed}
 * bean for each of them, lowest {@link #order()} first, each in its own transaction. A
 * seed declares itself with {@code @Conditional(DemoDataCondition.class)}.
 */
public interface DemoSeed {

	/**
	 * Seeds run in ascending order; one that uses another module's demo data comes later.
	 */
	int order();

	/**
	 * Adds this module's demo data to the demo municipality, by its use cases where there
	 * are some. Called at every start: loads nothing when the municipality has the
	 * module's data already. A failure is logged and leaves the municipality as it is.
	 */
	void seed(long municipalityId, String slug);

}
