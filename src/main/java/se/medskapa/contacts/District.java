package se.medskapa.contacts;

/** An area the municipality defines, such as a district or a village. */
public record District(long id, long municipalityId, String name) {
}
