package se.medskapa.contacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import se.medskapa.contacts.Sampler.Candidate;
import se.medskapa.contacts.Sampler.Draw;
import se.medskapa.contacts.Sampler.Quota;

import static org.assertj.core.api.Assertions.assertThat;

/** Stratified random selection without Spring: quotas, order, reserves. */
class SamplerTests {

	/**
	 * 40 candidates: ids 0–9 young, 10–39 older; ids divisible by 10 live in Norrfjärden.
	 */
	static List<Candidate> candidates() {
		List<Candidate> candidates = new ArrayList<>();
		for (long id = 0; id < 40; id++) {
			Set<String> facets = new HashSet<>();
			facets.add(id < 10 ? "AGE_BAND:UNDER_30" : "AGE_BAND:FROM_45_TO_64");
			if (id % 10 == 0) {
				facets.add("AREA:1");
			}
			candidates.add(new Candidate(id, facets));
		}
		return candidates;
	}

	@RepeatedTest(20)
	void shouldFillEveryQuotaOfAStratifiedSample() {
		List<Draw> draws = Sampler.draw(candidates(), 8,
				List.of(new Quota("AGE_BAND:UNDER_30", 4), new Quota("AREA:1", 2)), new Random(), 10);
		List<Draw> chosen = draws.stream().filter(draw -> !draw.reserve()).toList();
		assertThat(chosen).hasSize(8);
		assertThat(chosen).filteredOn(draw -> draw.memberId() < 10).hasSizeGreaterThanOrEqualTo(4);
		assertThat(chosen).filteredOn(draw -> draw.memberId() % 10 == 0).hasSizeGreaterThanOrEqualTo(2);
		assertThat(draws).filteredOn(Draw::reserve).hasSize(10);
		assertThat(draws).extracting(Draw::memberId).doesNotHaveDuplicates();
	}

	@Test
	void shouldLabelReservesWithTheFirstQuotaTheyWouldFill() {
		List<Draw> draws = Sampler.draw(candidates(), 4, List.of(new Quota("AGE_BAND:UNDER_30", 2)), new Random(7), 36);
		assertThat(draws).filteredOn(Draw::reserve)
			.allSatisfy(
					draw -> assertThat(draw.stratum()).isEqualTo(draw.memberId() < 10 ? "AGE_BAND:UNDER_30" : null));
	}

	@Test
	void shouldTakeWhatThereIsWhenAQuotaCannotBeFilled() {
		List<Draw> draws = Sampler.draw(candidates().subList(8, 20), 6, List.of(new Quota("AGE_BAND:UNDER_30", 4)),
				new Random(3), 0);
		assertThat(draws).hasSize(6);
		assertThat(draws).filteredOn(draw -> draw.memberId() < 10).hasSize(2);
	}

	@Test
	void shouldDrawDifferentSamplesWithDifferentRandomness() {
		List<Long> first = Sampler.draw(candidates(), 5, List.of(), new Random(1), 0)
			.stream()
			.map(Draw::memberId)
			.toList();
		List<Long> second = Sampler.draw(candidates(), 5, List.of(), new Random(2), 0)
			.stream()
			.map(Draw::memberId)
			.toList();
		assertThat(first).isNotEqualTo(second);
	}

}
