package se.medskapa.contacts;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drawing of a stratified sample of 10 from 100,000 candidates (bench/contacts.sh,
 * issue 8), on demand: {@code -Dmedskapa.scale=true}. It prints the times of 30 draws
 * (p50, p95, max) for docs/performance.md and asserts only what the draw must hold.
 */
@EnabledIfSystemProperty(named = "medskapa.scale", matches = "true")
class ContactSamplerScaleTests {

	@Test
	void shouldDrawTenWithTheirQuotasFromAHundredThousandCandidates() {
		Random facts = new Random(8);
		String[] bands = { "UNDER_30", "FROM_30_TO_44", "FROM_45_TO_64", "FROM_65" };
		List<Sampler.Candidate> candidates = new ArrayList<>();
		for (long id = 1; id <= 100_000; id++) {
			Set<String> facets = new HashSet<>();
			facets.add("AGE_BAND:" + bands[facts.nextInt(bands.length)]);
			facets.add("AREA:" + (1 + facts.nextInt(12)));
			candidates.add(new Sampler.Candidate(id, facets));
		}
		List<Sampler.Quota> quotas = List.of(new Sampler.Quota("AGE_BAND:UNDER_30", 5), new Sampler.Quota("AREA:3", 2));
		Random random = new SecureRandom();
		long[] nanos = new long[40];
		for (int run = 0; run < nanos.length; run++) {
			long start = System.nanoTime();
			List<Sampler.Draw> draws = Sampler.draw(candidates, 10, quotas, random, 10);
			nanos[run] = System.nanoTime() - start;
			List<Sampler.Draw> invited = draws.stream().filter(draw -> !draw.reserve()).toList();
			assertThat(invited).hasSize(10);
			assertThat(invited.stream()
				.filter(draw -> candidates.get((int) draw.memberId() - 1).facets().contains("AGE_BAND:UNDER_30")))
				.hasSizeGreaterThanOrEqualTo(5);
		}
		// The first ten runs warm the JIT up.
		long[] timed = Arrays.copyOfRange(nanos, 10, nanos.length);
		Arrays.sort(timed);
		System.out.printf("SAMPLER 10 of 100000: p50=%.1f ms p95=%.1f ms max=%.1f ms%n", timed[timed.length / 2] / 1e6,
				timed[(int) Math.ceil(timed.length * 0.95) - 1] / 1e6, timed[timed.length - 1] / 1e6);
	}

}
