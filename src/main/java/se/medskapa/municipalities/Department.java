package se.medskapa.municipalities;

/** A department (förvaltning) of a municipality. */
public record Department(long id, long municipalityId, String name) {
}
