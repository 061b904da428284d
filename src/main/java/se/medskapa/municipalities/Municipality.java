package se.medskapa.municipalities;

/** A municipality (kommun): the tenant that owns every case, unit and staff account. */
public record Municipality(long id, String slug, String name, String contactEmail, String contactPhone, String address,
		String website) {
}
