package se.medskapa.participation.events;

import se.medskapa.participation.spi.ItemKind;

/**
 * An item reached its municipality's e-petition threshold within the period: announced
 * once, in the transaction of the support that reached it. The owner records it on the
 * item and sends it to {@code unitId} (the unit the municipality names, {@code null}
 * where it names none) with {@code publicMessage}, the Swedish text of the public record
 * saying what happens next.
 */
public record PetitionQualified(long municipalityId, ItemKind kind, long itemId, int threshold, Long unitId,
		String publicMessage) {
}
