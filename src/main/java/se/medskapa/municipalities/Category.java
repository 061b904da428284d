package se.medskapa.municipalities;

/** A category that residents and coaches put cases in. */
public record Category(long id, long municipalityId, String name, String description) {
}
