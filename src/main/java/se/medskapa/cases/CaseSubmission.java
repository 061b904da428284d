package se.medskapa.cases;

/**
 * What a resident (or a staff member, for an internal idea) submits. Name and e-mail are
 * optional: anonymous cases are followed through the tracking link only.
 * {@code suggestedUnitId} (a challenge's unit, for a solution) is shown in that unit's
 * queue while the case waits in the coach queue; {@code origin} says where the case came
 * from ({@code null} for the intake form).
 */
public record CaseSubmission(CaseKind kind, String title, String description, Long categoryId, String place,
		String name, String email, boolean publishPermission, String language, Long residentId, Long staffId,
		boolean internal, Double latitude, Double longitude, Long suggestedUnitId, String origin) {

	/** From the intake form or the API, with or without a map point. */
	public CaseSubmission(CaseKind kind, String title, String description, Long categoryId, String place, String name,
			String email, boolean publishPermission, String language, Long residentId, Long staffId, boolean internal,
			Double latitude, Double longitude) {
		this(kind, title, description, categoryId, place, name, email, publishPermission, language, residentId, staffId,
				internal, latitude, longitude, null, null);
	}

	/** Without a map point. */
	public CaseSubmission(CaseKind kind, String title, String description, Long categoryId, String place, String name,
			String email, boolean publishPermission, String language, Long residentId, Long staffId, boolean internal) {
		this(kind, title, description, categoryId, place, name, email, publishPermission, language, residentId, staffId,
				internal, null, null);
	}
}
