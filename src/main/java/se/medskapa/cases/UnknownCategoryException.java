package se.medskapa.cases;

import se.medskapa.municipalities.MunicipalityNotFoundException;

/**
 * A submission names a category the municipality does not have (or one of another
 * municipality): a wrong form value for the pages, a 404 for the API.
 * <p>
 * It extends {@link MunicipalityNotFoundException} only so that the staff page's
 * internal-idea form, which still catches that type, keeps showing the field error; once
 * it catches this type, extend {@code shared.NotFoundException} directly.
 */
public class UnknownCategoryException extends MunicipalityNotFoundException {

	@SuppressWarnings("deprecation")
	UnknownCategoryException() {
		super("category");
	}

}
