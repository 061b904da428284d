package se.medskapa.cases.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.cases.CaseStatus;
import se.medskapa.cases.HandlingStatistics;
import se.medskapa.cases.PublicCaseQuery;
import se.medskapa.cases.PublicCaseSummary;
import se.medskapa.cases.PublicCases;
import se.medskapa.cases.UnitFigures;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.StartPageSection;
import se.medskapa.municipalities.StartPageSection.Card;
import se.medskapa.municipalities.StartPageSection.Content;
import se.medskapa.municipalities.StartPageSection.Figure;
import se.medskapa.municipalities.StartPageSection.Link;
import se.medskapa.municipalities.StartPageSection.When;

/**
 * The cases' sections of the municipality start page: the latest published cases,
 * "Genomfört tack vare er" and "Så snabbt svarar vi". Each reads with the statement its
 * own page uses, limited to what the start page shows.
 */
@Configuration(proxyBeanMethods = false)
class CasesStartPage {

	static final int CARDS = 3;

	@Bean
	StartPageSection latestCasesSection(PublicCases cases) {
		return StartPageSection.of(10,
				municipality -> new Content("latest", "startPage.latest.heading",
						cards(municipality,
								cases.list(municipality.id(), PublicCaseQuery.newest(), null, CARDS).items()),
						List.of(), "startPage.latest.empty",
						new Link("startPage.latest.more", "/" + municipality.slug() + "/cases")));
	}

	@Bean
	StartPageSection implementedSection(PublicCases cases) {
		return StartPageSection.of(20,
				municipality -> new Content("implemented", "startPage.implemented.heading",
						cards(municipality, cases.showcase(municipality.id(), null, CARDS).items()), List.of(),
						"startPage.implemented.empty",
						new Link("startPage.implemented.more", "/" + municipality.slug() + "/implemented")));
	}

	@Bean
	StartPageSection responseTimesSection(HandlingStatistics statistics) {
		return StartPageSection.of(30, municipality -> {
			UnitFigures total = statistics.lastTwelveMonths(municipality.id()).total();
			List<Figure> figures = new ArrayList<>();
			if (total != null && total.cases() > 0) {
				figures.add(new Figure("startPage.speed.acknowledge", total.medianAcknowledgeDays(),
						"startPage.speed.noFigure"));
				figures.add(new Figure("startPage.speed.answer", total.medianAnswerDays(), "startPage.speed.noFigure"));
				Double share = total.shareInTime();
				figures.add(new Figure("startPage.speed.inTime", share == null ? null : Math.round(share * 100),
						"startPage.speed.noFigure"));
			}
			return new Content("speed", "startPage.speed.heading", List.of(), figures, "startPage.speed.empty",
					new Link("startPage.speed.more", "/" + municipality.slug() + "/statistics"));
		});
	}

	private static List<Card> cards(Municipality municipality, List<PublicCaseSummary> items) {
		return items.stream()
			.map(c -> new Card(c.title(), "/" + municipality.slug() + "/cases/" + c.reference(), c.excerpt(),
					"caseStatus." + c.status(), c.status().tone(), When.date("startPage.submitted", c.submittedAt())))
			.toList();
	}

}
