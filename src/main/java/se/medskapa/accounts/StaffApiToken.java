package se.medskapa.accounts;

import java.time.Instant;

/**
 * A personal API token as its owner sees it in the list: never the token itself, which is
 * not stored.
 */
public record StaffApiToken(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

	public boolean expiredAt(Instant now) {
		return expiresAt != null && !expiresAt.isAfter(now);
	}
}
