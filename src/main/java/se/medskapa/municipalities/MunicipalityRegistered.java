package se.medskapa.municipalities;

/**
 * A municipality was registered. Published inside the registering transaction, so that
 * modules which keep their own rows per municipality (cases: its settings) create them
 * with a synchronous listener before anyone can use the new municipality.
 */
public record MunicipalityRegistered(long municipalityId, String slug) {
}
