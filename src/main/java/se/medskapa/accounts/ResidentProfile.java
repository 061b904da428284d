package se.medskapa.accounts;

import java.time.Instant;

/** A resident's own account data, as shown on "My account" and in the data export. */
public record ResidentProfile(long id, String email, String displayName, String preferredLanguage, Instant createdAt) {
}
