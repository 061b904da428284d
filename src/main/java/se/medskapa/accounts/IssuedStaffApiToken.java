package se.medskapa.accounts;

import java.time.Instant;

/**
 * A token just created: the only moment its value exists outside the caller's hands. Show
 * it once.
 */
public record IssuedStaffApiToken(long id, String name, String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "IssuedStaffApiToken[" + id + "]";
	}
}
