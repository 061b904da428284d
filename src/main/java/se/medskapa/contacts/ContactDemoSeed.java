package se.medskapa.contacts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.DemoDataCondition;
import se.medskapa.shared.DemoSeed;
import se.medskapa.shared.SecureTokens;

/**
 * Demo contact banks: a consent text, the districts of each demo municipality, all four
 * background questions and {@value #MEMBERS} synthetic members with varied purposes
 * (generated from a fixed seed, so each start gives the same bank). Members are written
 * directly, without the welcome mail.
 */
@Component
@Conditional(DemoDataCondition.class)
class ContactDemoSeed implements DemoSeed {

	static final int MEMBERS = 200;

	private static final Map<String, List<String>> DISTRICTS = Map.of("boras",
			List.of("Centrum", "Norrby", "Hässleholmen", "Sandared", "Fristad"), "umea",
			List.of("Centrum", "Ålidhem", "Holmsund", "Hörnefors", "Sävar"), "pitea",
			List.of("Centrum", "Norrfjärden", "Hortlax", "Roknäs", "Öjebyn"));

	private static final String[] FIRST = { "Alva", "Elias", "Maja", "Noah", "Saga", "Hugo", "Ebba", "Omar", "Wilma",
			"Leo", "Amira", "Nils", "Ines", "Karl", "Freja", "Ali" };

	private static final String[] LAST = { "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
			"Olsson", "Persson", "Svensson", "Gustafsson", "Hussein", "Mohammed" };

	private final JdbcClient jdbc;

	private final Residents residents;

	private final Organisation organisation;

	private final Clock clock;

	ContactDemoSeed(JdbcClient jdbc, Residents residents, Organisation organisation, Clock clock) {
		this.jdbc = jdbc;
		this.residents = residents;
		this.organisation = organisation;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void seed(long municipalityId, String slug) {
		if (jdbc.sql("select count(*) from contact_consent_text where municipality_id = ?")
			.param(municipalityId)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		long consentId = jdbc.sql("""
				insert into contact_consent_text (municipality_id, version, text, legal_basis) values (?, 1, ?, ?)
				returning id""")
			.params(municipalityId,
					"Kommunen sparar dina önskemål och ditt svar på de frivilliga bakgrundsfrågorna så länge ditt "
							+ "samtycke gäller, för att kunna bjuda in dig till dialoger. Tjänstepersoner ser bara en "
							+ "kod tills du tackar ja. Du kan återkalla samtycket när som helst.",
					"Samtycke, artikel 6.1 a dataskyddsförordningen.")
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into contact_bank_settings (municipality_id, background_fields)
				values (?, array['AGE_BAND', 'OCCUPATION', 'RESIDENCE_DISTRICT', 'SCHOOL_PARENT'])
				on conflict do nothing""").param(municipalityId).update();
		List<Long> districts = new ArrayList<>();
		for (String name : DISTRICTS.getOrDefault(slug, List.of("Centrum", "Norr", "Söder"))) {
			districts.add(jdbc.sql("insert into contact_district (municipality_id, name) values (?, ?) returning id")
				.params(municipalityId, name)
				.query(Long.class)
				.single());
		}
		List<Long> topics = organisation.categories(municipalityId).stream().map(Category::id).toList();
		Random random = new Random(slug.hashCode());
		Instant now = clock.instant();
		WayOfTakingPart[] ways = WayOfTakingPart.values();
		ContactFrequency[] frequencies = ContactFrequency.values();
		List<String> ageBands = BackgroundField.AGE_BAND.answers();
		List<String> occupations = BackgroundField.OCCUPATION.answers();
		for (int i = 0; i < MEMBERS; i++) {
			ResidentPrincipal resident = (ResidentPrincipal) residents
				.loadUserByUsername("kontakt" + i + "@" + slug + ".invanare.medskapa.example");
			residents.updateProfile(resident.id(),
					FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)], "sv");
			Instant consented = now.minus(random.nextInt(600), ChronoUnit.DAYS);
			jdbc.sql(
					"""
							insert into contact_member (municipality_id, resident_id, pseudonym, topics, districts, ways, frequency,
							  language, age_band, residence_district_id, occupation, school_parent, consent_text_id,
							  consented_at, consent_expires_at)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(municipalityId, resident.id(),
						"K-" + SecureTokens.hash(slug + i).substring(0, 8).toUpperCase(Locale.ROOT),
						pick(random, topics, 1 + random.nextInt(3)).toArray(Long[]::new),
						pick(random, districts, 1 + random.nextInt(2)).toArray(Long[]::new),
						pick(random, List.of(ways), 1 + random.nextInt(3)).stream()
							.map(Enum::name)
							.sorted()
							.toArray(String[]::new),
						frequencies[random.nextInt(frequencies.length)].name(), random.nextInt(10) == 0 ? "en" : "sv",
						ageBands.get(random.nextInt(ageBands.size())), districts.get(random.nextInt(districts.size())),
						occupations.get(random.nextInt(occupations.size())), random.nextBoolean(), consentId,
						Timestamp.from(consented), Timestamp.from(consented.plus(730, ChronoUnit.DAYS)))
				.update();
		}
	}

	private static <T> List<T> pick(Random random, List<T> values, int count) {
		List<T> copy = new ArrayList<>(values);
		Collections.shuffle(copy, random);
		return copy.subList(0, Math.min(count, copy.size()));
	}

}
