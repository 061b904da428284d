package se.medskapa.cases;

/** What waits for a staff member: the counts of the start page, each a saved view. */
public record StaffCaseCounts(int newCases, int overdue, int replies) {
}
