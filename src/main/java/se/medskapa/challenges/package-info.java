/**
 * Challenges (utmaningar): a unit describes a concrete problem, what a good solution must
 * achieve and what the municipality offers, and asks for solutions until a deadline;
 * draft, published, evaluating, decided. A solution is a case of the idea sluice,
 * submitted through {@code cases :: intake} and shown in the challenge's unit's queue
 * while the coach reviews it; this module keeps only the link, the staff's scores against
 * the criteria, the shortlist and the decision, which it tells every submitter through
 * the case (ADR 0018). Challenges take part in participation as items of kind
 * {@code CHALLENGE}.
 */
@ApplicationModule(allowedDependencies = { "municipalities", "accounts", "cases :: intake", "participation",
		"participation :: spi", "shared" })
package se.medskapa.challenges;

import org.springframework.modulith.ApplicationModule;
