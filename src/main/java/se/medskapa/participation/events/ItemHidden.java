package se.medskapa.participation.events;

import se.medskapa.participation.spi.ItemKind;

/**
 * A reported item is hidden pending review (by reports, or by a moderator): its owner
 * takes it out of every public page, list and API, and keeps it. {@code reason} is the
 * moderator's reason, {@code null} when reports hid it.
 */
public record ItemHidden(long municipalityId, ItemKind kind, long itemId, String reason) {
}
