package se.medskapa.meetings.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.meetings.PublicEvents;
import se.medskapa.meetings.Viewer;
import se.medskapa.municipalities.StartPageSection;
import se.medskapa.municipalities.StartPageSection.Card;
import se.medskapa.municipalities.StartPageSection.Content;
import se.medskapa.municipalities.StartPageSection.Link;
import se.medskapa.municipalities.StartPageSection.When;

/**
 * The coming events on the municipality start page: the public ones, soonest first. One
 * statement, the public list's.
 */
@Configuration(proxyBeanMethods = false)
class MeetingsStartPage {

	static final int CARDS = 3;

	@Bean
	StartPageSection comingEventsSection(PublicEvents events) {
		return StartPageSection.of(50, municipality -> {
			List<Card> cards = events.coming(municipality.id(), Viewer.anonymous())
				.stream()
				.limit(CARDS)
				.map(e -> new Card(e.title(), "/" + municipality.slug() + "/events/" + e.id(), e.place(), null, null,
						When.dateTime("meetings.startPage.starts", e.startsAt())))
				.toList();
			return new Content("events", "meetings.startPage.heading", cards, List.of(), "meetings.startPage.empty",
					new Link("meetings.startPage.more", "/" + municipality.slug() + "/events"));
		});
	}

}
