/**
 * Participation: residents support cases and challenges (one support per resident per
 * item, kept by the database) and signed-in residents and staff comment on them, with one
 * level of replies, a staff reply as the municipality's official answer, edits for 15
 * minutes and deletion that leaves the thread readable.
 * <p>
 * An item is named by its kind and id ({@code spi.ItemKind}); the module that owns it
 * says through {@code spi.ParticipationItems} whether it exists and is open to the
 * public, and learns of new supports through {@code events.SupportGiven} to keep its own
 * count. So this module knows nothing of cases or challenges, and they may use its
 * facades ({@link se.medskapa.participation.ParticipationViews} for the section of their
 * pages) without a cycle (ADR 0017).
 */
@ApplicationModule(allowedDependencies = { "municipalities", "accounts", "accounts :: events", "accounts :: spi",
		"notifications", "shared" })
package se.medskapa.participation;

import org.springframework.modulith.ApplicationModule;
