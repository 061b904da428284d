package se.medskapa.contacts;

import java.time.Instant;

/** One version of a municipality's consent text and its legal basis. */
public record ConsentText(long id, int version, String text, String legalBasis, Instant createdAt) {
}
