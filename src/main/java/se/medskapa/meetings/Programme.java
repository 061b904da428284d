package se.medskapa.meetings;

/**
 * A programme (an innovation week): many events, from several organising units, under one
 * registration engine; each event still belongs to its own unit.
 */
public record Programme(long id, long municipalityId, String title, String description, boolean published) {
}
