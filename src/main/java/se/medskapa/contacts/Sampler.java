package se.medskapa.contacts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Stratified random selection with replacements, after the Sortition Foundation's
 * approach: the candidates are shuffled once; each quota ("at least k with this value")
 * takes the first candidates in that order that have the value, the rest of the places go
 * to the next candidates in order, and everyone left is a reserve, in order, labelled
 * with the first quota they would fill. A decline is replaced by the first reserve of the
 * decliner's stratum, else the first reserve.
 */
final class Sampler {

	/**
	 * A candidate and its facet values, e.g. {@code AGE_BAND:UNDER_30}, {@code AREA:12}.
	 */
	record Candidate(long memberId, Set<String> facets) {
	}

	/** At least {@code minimum} of the sample have {@code facet}. */
	record Quota(String facet, int minimum) {
	}

	/** One drawn candidate: chosen or reserve, in drawing order. */
	record Draw(long memberId, String stratum, boolean reserve) {
	}

	private Sampler() {
	}

	static List<Draw> draw(List<Candidate> candidates, int size, List<Quota> quotas, Random random, int reserves) {
		List<Candidate> order = new ArrayList<>(candidates);
		Collections.shuffle(order, random);
		Set<Candidate> chosen = new LinkedHashSet<>();
		List<Draw> draws = new ArrayList<>();
		for (Quota quota : quotas) {
			long have = chosen.stream().filter(candidate -> candidate.facets().contains(quota.facet())).count();
			for (Candidate candidate : order) {
				if (have >= quota.minimum() || chosen.size() >= size) {
					break;
				}
				if (!chosen.contains(candidate) && candidate.facets().contains(quota.facet())) {
					chosen.add(candidate);
					draws.add(new Draw(candidate.memberId(), quota.facet(), false));
					have++;
				}
			}
		}
		for (Candidate candidate : order) {
			if (chosen.size() >= size) {
				break;
			}
			if (chosen.add(candidate)) {
				draws.add(new Draw(candidate.memberId(), stratumOf(candidate, quotas), false));
			}
		}
		for (Candidate candidate : order) {
			if (draws.size() >= size + reserves) {
				break;
			}
			if (!chosen.contains(candidate)) {
				draws.add(new Draw(candidate.memberId(), stratumOf(candidate, quotas), true));
			}
		}
		return draws;
	}

	private static String stratumOf(Candidate candidate, List<Quota> quotas) {
		return quotas.stream().map(Quota::facet).filter(candidate.facets()::contains).findFirst().orElse(null);
	}

}
