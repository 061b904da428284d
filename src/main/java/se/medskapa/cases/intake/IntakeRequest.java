package se.medskapa.cases.intake;

/**
 * A case another module submits for someone: always an idea in the coach queue.
 *
 * @param title what the submitter calls it
 * @param description the submitter's text
 * @param name the submitter's name ({@code null} for none)
 * @param email where the receipt and updates go ({@code null}: the tracking link only)
 * @param publishPermission whether the coach may publish a reviewed version
 * @param language {@code sv} or {@code en}
 * @param residentId the signed-in resident ({@code null} for anonymous)
 * @param staffId the signed-in staff member submitting ({@code null} for none)
 * @param suggestedUnitId the unit whose queue shows the case while the coach reviews it
 * @param origin a short label of where it came from, e.g. {@code challenge}
 */
public record IntakeRequest(String title, String description, String name, String email, boolean publishPermission,
		String language, Long residentId, Long staffId, Long suggestedUnitId, String origin) {
}
