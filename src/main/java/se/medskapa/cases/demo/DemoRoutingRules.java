package se.medskapa.cases.demo;

import java.util.List;

/**
 * The routing rules of the demo municipalities, by the names of their categories and
 * units (created by the demo module).
 */
final class DemoRoutingRules {

	/**
	 * Cases of this category (whose place mentions the area, if one is given) go to this
	 * unit.
	 */
	record Rule(String category, String area, String unit) {
	}

	private DemoRoutingRules() {
	}

	static List<Rule> of(String slug) {
		return switch (slug) {
			case "boras" -> List.of(new Rule("Gator och trafik", null, "Trafik och mobilitet"),
					new Rule("Gator och trafik", "Viskan", "Gata och park"),
					new Rule("Parker och natur", null, "Gata och park"),
					new Rule("Kultur och fritid", null, "Idrott och anläggningar"),
					new Rule("Omsorg och hälsa", null, "Hemtjänst"));
			case "umea" -> List.of(new Rule("Gator och trafik", null, "Gator och parker"),
					new Rule("Gator och trafik", "centrum", "Planering och trafik"),
					new Rule("Parker och natur", null, "Gator och parker"),
					new Rule("Kultur och fritid", null, "Fritid"),
					new Rule("Bygga och bo", null, "Planering och trafik"),
					new Rule("Miljö och klimat", null, "Miljötillsyn"));
			case "pitea" -> List.of(new Rule("Gator och trafik", null, "Gata och park"),
					new Rule("Parker och natur", null, "Gata och park"),
					new Rule("Kultur och fritid", null, "Fritid och idrott"),
					new Rule("Kultur och fritid", "kulturhuset", "Bibliotek och kulturhus"),
					new Rule("Bygga och bo", null, "Plan och bygg"), new Rule("Omsorg och hälsa", null, "Äldreomsorg"));
			default -> List.of();
		};
	}

}
