package se.medskapa.challenges.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.challenges.ChallengeStatus;
import se.medskapa.challenges.ChallengeViews;
import se.medskapa.municipalities.StartPageSection;
import se.medskapa.municipalities.StartPageSection.Card;
import se.medskapa.municipalities.StartPageSection.Content;
import se.medskapa.municipalities.StartPageSection.Link;
import se.medskapa.municipalities.StartPageSection.When;

/**
 * The open challenges on the municipality start page: those accepting solutions, with
 * their last day. One statement, the public list's.
 */
@Configuration(proxyBeanMethods = false)
class ChallengesStartPage {

	static final int CARDS = 3;

	@Bean
	StartPageSection openChallengesSection(ChallengeViews views) {
		return StartPageSection.of(40, municipality -> {
			List<Card> cards = views.publicList(municipality.id())
				.stream()
				.filter(c -> c.status() == ChallengeStatus.PUBLISHED)
				.limit(CARDS)
				.map(c -> new Card(c.texts().title(), "/" + municipality.slug() + "/challenges/" + c.id(),
						c.texts().problem(), "challengeStatus." + c.status(), "progress",
						c.texts().deadline() == null ? null
								: When.day("challenges.startPage.deadline", c.texts().deadline())))
				.toList();
			return new Content("challenges", "challenges.startPage.heading", cards, List.of(),
					"challenges.startPage.empty",
					new Link("challenges.startPage.more", "/" + municipality.slug() + "/challenges"));
		});
	}

}
