package se.medskapa.participation.events;

import se.medskapa.participation.spi.ItemKind;

/**
 * A resident supported an item, for the first time (a second support is no event). The
 * owner adds one to its count: announced once per stored support, so counting up is exact
 * however many arrive at once.
 */
public record SupportGiven(long municipalityId, ItemKind kind, long itemId, long residentId) {
}
