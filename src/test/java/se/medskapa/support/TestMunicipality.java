package se.medskapa.support;

import java.util.UUID;

import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.Department;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;

/**
 * A municipality of a test's own, so its queues, routing rules and cases hold exactly
 * what the test put there: two units in two departments (a case can be handed over) and
 * two categories.
 */
public record TestMunicipality(Municipality municipality, Unit streets, Unit library, Category roads,
		Category culture) {

	public static TestMunicipality register(Municipalities municipalities, Organisation organisation) {
		String suffix = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		Municipality municipality = municipalities.register("prov-" + suffix, "Provköpings kommun", null, null, null,
				null);
		long id = municipality.id();
		Department building = organisation.createDepartment(id, "Samhällsbyggnadsförvaltningen");
		Department leisure = organisation.createDepartment(id, "Kultur- och fritidsförvaltningen");
		Unit streets = organisation.createUnit(id, building.id(), "Gata och park", null);
		Unit library = organisation.createUnit(id, leisure.id(), "Stadsbiblioteket", null);
		Category roads = organisation.createCategory(id, "Gator och trafik", "Vägar, cykelbanor och belysning");
		Category culture = organisation.createCategory(id, "Kultur och bibliotek", null);
		return new TestMunicipality(municipality, streets, library, roads, culture);
	}

	public String slug() {
		return municipality.slug();
	}

	public long id() {
		return municipality.id();
	}

	/**
	 * The municipality's path followed by the given one, e.g. {@code path("/cases/new")}.
	 */
	public String path(String path) {
		return "/" + municipality.slug() + path;
	}
}
