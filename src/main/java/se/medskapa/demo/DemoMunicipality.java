package se.medskapa.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three demo municipalities, with departments and units modelled on their real
 * organisations. Staff names are, in order: admin, idea coach, handler and unit lead of
 * the first unit, and the handlers of the two units named in {@code handlerUnits}. The
 * other modules' demo data for them (cases, routing rules) comes from their
 * {@code DemoSeed}s.
 */
record DemoMunicipality(String slug, String name, String email, String phone, String address, String website,
		Map<String, List<String>> departments, String[] staffNames, String[] handlerUnits) {

	static final String[][] CATEGORIES = {
			{ "Gator och trafik", "Vägar, cykelbanor, gatubelysning, snöröjning och kollektivtrafik." },
			{ "Parker och natur", "Parker, lekplatser, grönområden och friluftsliv." },
			{ "Kultur och fritid", "Bibliotek, idrottsanläggningar, fritidsgårdar och evenemang." },
			{ "Skola och förskola", "Förskola, grundskola, gymnasium och vuxenutbildning." },
			{ "Omsorg och hälsa", "Äldreomsorg, funktionsstöd och folkhälsa." },
			{ "Miljö och klimat", "Avfall, återvinning, energi och klimatarbete." },
			{ "Bygga och bo", "Stadsplanering, bostäder och bygglov." },
			{ "Demokrati och delaktighet", "Medborgardialog, e-tjänster och kommunens service." } };

	static final List<DemoMunicipality> ALL = List.of(
			new DemoMunicipality("boras", "Borås Stad", "boras.stad@boras.se", "033-35 70 00",
					"Kungsgatan 55, 501 80 Borås", "https://www.boras.se",
					departments("Samhällsbyggnadsförvaltningen", List.of("Gata och park", "Trafik och mobilitet"),
							"Kulturförvaltningen", List.of("Biblioteken i Borås", "Borås Konstmuseum"),
							"Fritids- och folkhälsoförvaltningen", List.of("Idrott och anläggningar", "Folkhälsa"),
							"Vård- och äldreförvaltningen", List.of("Hemtjänst", "Särskilt boende")),
					new String[] { "Anna Lindqvist", "Johan Bergström", "Sara Nilsson", "Mikael Holm", "Fatima Hassan",
							"Erik Sandberg" },
					new String[] { "Trafik och mobilitet", "Idrott och anläggningar" }),
			new DemoMunicipality("umea", "Umeå kommun", "umea.kommun@umea.se", "090-16 10 00",
					"Skolgatan 31 A, 901 84 Umeå", "https://www.umea.se",
					departments("Samhällsbyggnadsförvaltningen", List.of("Gator och parker", "Planering och trafik"),
							"Kultur- och fritidsförvaltningen", List.of("Umeå stadsbibliotek", "Fritid"),
							"Individ- och familjeomsorgen", List.of("Barn och unga", "Vuxen"), "Miljö- och hälsoskydd",
							List.of("Miljötillsyn")),
					new String[] { "Elin Sundberg", "Oskar Lundgren", "Maria Öberg", "Per Wikström", "Jonas Forsberg",
							"Lina Holmgren" },
					new String[] { "Planering och trafik", "Fritid" }),
			new DemoMunicipality("pitea", "Piteå kommun", "kommun@pitea.se", "0911-69 60 00",
					"Svartuddsvägen 1, 941 85 Piteå", "https://www.pitea.se",
					departments("Samhällsbyggnad", List.of("Gata och park", "Plan och bygg"), "Kultur, park och fritid",
							List.of("Bibliotek och kulturhus", "Fritid och idrott"), "Socialtjänsten",
							List.of("Äldreomsorg", "Individ- och familjeomsorg"), "Utbildningsförvaltningen",
							List.of("Grundskola")),
					new String[] { "Karin Nyström", "Lars Lindberg", "Emma Markström", "Anders Burman", "Johan Öhman",
							"Ida Lindgren" },
					new String[] { "Plan och bygg", "Fritid och idrott" }));

	private static Map<String, List<String>> departments(Object... namesAndUnits) {
		Map<String, List<String>> departments = new LinkedHashMap<>();
		for (int i = 0; i < namesAndUnits.length; i += 2) {
			@SuppressWarnings("unchecked")
			List<String> units = (List<String>) namesAndUnits[i + 1];
			departments.put((String) namesAndUnits[i], units);
		}
		return departments;
	}
}
