package se.medskapa.participation.events;

import se.medskapa.participation.spi.ItemKind;

/**
 * A resident withdrew their support of an item: announced once per deleted support, so
 * the owner's count, one down per announcement, stays exact.
 */
public record SupportWithdrawn(long municipalityId, ItemKind kind, long itemId, long residentId) {
}
