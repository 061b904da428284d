package se.medskapa.meetings;

/**
 * Who registers: a name and address, optional needs (accessibility, food), the places for
 * a group, and whether the name may appear in the organiser's exported list.
 */
public record Registrant(String name, String email, String needs, int places, boolean nameListed, String language) {
}
