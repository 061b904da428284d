package se.medskapa.municipalities;

/** A unit (enhet) inside a department: the team that owns and answers cases. */
public record Unit(long id, long municipalityId, long departmentId, String departmentName, String name, String email) {
}
