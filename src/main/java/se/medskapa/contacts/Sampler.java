package se.medskapa.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Stratified random selection with replacements, after the Sortition Foundation's
 * approach: the candidates are shuffled once (lazily, as far as the draw reads); each
 * quota ("at least k with this value") takes the first candidates in that order that have
 * the value, the rest of the places go to the next candidates in order, and everyone left
 * is a reserve, in order, labelled with the first quota they would fill. A decline is
 * replaced by the first reserve of the decliner's stratum, else the first reserve.
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
		Shuffle order = new Shuffle(candidates, random);
		int n = candidates.size();
		Set<Long> chosen = new HashSet<>();
		List<Draw> draws = new ArrayList<>();
		for (Quota quota : quotas) {
			long have = draws.stream()
				.filter(draw -> order.byId(draw.memberId()).facets().contains(quota.facet()))
				.count();
			for (int k = 0; k < n && have < quota.minimum() && chosen.size() < size; k++) {
				Candidate candidate = order.get(k);
				if (!chosen.contains(candidate.memberId()) && candidate.facets().contains(quota.facet())) {
					chosen.add(candidate.memberId());
					draws.add(new Draw(candidate.memberId(), quota.facet(), false));
					have++;
				}
			}
		}
		for (int k = 0; k < n && chosen.size() < size; k++) {
			Candidate candidate = order.get(k);
			if (chosen.add(candidate.memberId())) {
				draws.add(new Draw(candidate.memberId(), stratumOf(candidate, quotas), false));
			}
		}
		for (int k = 0; k < n && draws.size() < size + reserves; k++) {
			Candidate candidate = order.get(k);
			if (!chosen.contains(candidate.memberId())) {
				draws.add(new Draw(candidate.memberId(), stratumOf(candidate, quotas), true));
			}
		}
		return draws;
	}

	/**
	 * The candidates in a random order, drawn only as far as it is read (Fisher-Yates,
	 * one step per position read): a sample of 10 from 100,000 reads a few dozen
	 * positions and asks the random source that often, not 100,000 times.
	 */
	private static final class Shuffle {

		private final List<Candidate> candidates;

		private final int[] order;

		private final Random random;

		private int drawn;

		private final Map<Long, Candidate> byId = new HashMap<>();

		Shuffle(List<Candidate> candidates, Random random) {
			this.candidates = candidates;
			this.random = random;
			this.order = new int[candidates.size()];
			for (int i = 0; i < order.length; i++) {
				order[i] = i;
			}
		}

		Candidate get(int position) {
			while (drawn <= position) {
				int pick = drawn + random.nextInt(order.length - drawn);
				int swap = order[drawn];
				order[drawn] = order[pick];
				order[pick] = swap;
				Candidate candidate = candidates.get(order[drawn]);
				byId.put(candidate.memberId(), candidate);
				drawn++;
			}
			return candidates.get(order[position]);
		}

		/** A candidate already read. */
		Candidate byId(long memberId) {
			return byId.get(memberId);
		}

	}

	private static String stratumOf(Candidate candidate, List<Quota> quotas) {
		return quotas.stream().map(Quota::facet).filter(candidate.facets()::contains).findFirst().orElse(null);
	}

}
