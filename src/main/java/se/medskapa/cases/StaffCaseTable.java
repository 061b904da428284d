package se.medskapa.cases;

import java.util.List;

/**
 * One page of the staff case table; {@code next} is the cursor of the following page,
 * {@code null} on the last.
 */
public record StaffCaseTable(List<StaffCaseRow> rows, String next) {
}
