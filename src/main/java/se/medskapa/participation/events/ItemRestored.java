package se.medskapa.participation.events;

import se.medskapa.participation.spi.ItemKind;

/**
 * A moderator restored an item that was hidden after reports: its owner shows it again
 * where it was shown before.
 */
public record ItemRestored(long municipalityId, ItemKind kind, long itemId, String reason) {
}
