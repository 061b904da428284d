package se.medskapa.cases;

/**
 * What a resident (or a staff member, for an internal idea) submits. Name and e-mail are
 * optional: anonymous cases are followed through the tracking link only.
 */
public record CaseSubmission(CaseKind kind, String title, String description, Long categoryId, String place,
		String name, String email, boolean publishPermission, String language, Long residentId, Long staffId,
		boolean internal, Double latitude, Double longitude) {

	/** Without a map point. */
	public CaseSubmission(CaseKind kind, String title, String description, Long categoryId, String place, String name,
			String email, boolean publishPermission, String language, Long residentId, Long staffId, boolean internal) {
		this(kind, title, description, categoryId, place, name, email, publishPermission, language, residentId, staffId,
				internal, null, null);
	}
}
