package se.medskapa.municipalities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A live section of a municipality's start page, contributed as a bean by the module
 * whose data it shows (cases, challenges, events, statistics), so that this module
 * depends on none of them. Each section reads what it shows with one cheap statement;
 * sections are shown in ascending {@link #order()}.
 */
public interface StartPageSection {

	int order();

	/** A section from its order and what it shows. */
	static StartPageSection of(int order, Function<Municipality, Content> content) {
		return new StartPageSection() {

			@Override
			public int order() {
				return order;
			}

			@Override
			public Content content(Municipality municipality) {
				return content.apply(municipality);
			}

		};
	}

	/** What the section shows now, for the public, in this municipality. */
	Content content(Municipality municipality);

	/**
	 * A section: its heading (a message key), its cards or its figures, the line shown
	 * when it has neither, and the link to everything ({@code more}, may be null).
	 */
	record Content(String id, String headingKey, List<Card> cards, List<Figure> figures, String emptyKey, Link more) {

		public boolean isEmpty() {
			return cards.isEmpty() && figures.isEmpty();
		}

	}

	/**
	 * One card: the title (the public text written by staff), where it leads, an optional
	 * excerpt, a status badge (message key and one of the badge tones of
	 * {@code medskapa.css}: {@code new}, {@code progress}, {@code done}, {@code closed};
	 * both may be null), and the time it names (may be null).
	 */
	record Card(String title, String href, String excerpt, String badgeKey, String badgeTone, When when) {
	}

	/**
	 * A time on a card with its label (a message key with the formatted time as its
	 * argument): a date, a date and time, or a calendar day.
	 */
	record When(String messageKey, Instant instant, boolean withTime, LocalDate day) {

		public static When date(String messageKey, Instant instant) {
			return new When(messageKey, instant, false, null);
		}

		public static When dateTime(String messageKey, Instant instant) {
			return new When(messageKey, instant, true, null);
		}

		public static When day(String messageKey, LocalDate day) {
			return new When(messageKey, null, false, day);
		}

	}

	/**
	 * One figure: the message key that says it with its value as argument ({@code value}
	 * may be null, then {@code missingKey} is shown).
	 */
	record Figure(String messageKey, Number value, String missingKey) {
	}

	/** A link: message key and address. */
	record Link(String messageKey, String href) {
	}

}
