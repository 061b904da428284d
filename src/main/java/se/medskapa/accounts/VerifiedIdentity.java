package se.medskapa.accounts;

import java.time.Instant;

/**
 * A resident's identity as proven by e-ID: the keyed hash of the identity number (the
 * same person gives the same hash on every account), the level of assurance the provider
 * asserted ({@code acr}) and when.
 */
public record VerifiedIdentity(String identityHash, String levelOfAssurance, Instant verifiedAt) {
}
