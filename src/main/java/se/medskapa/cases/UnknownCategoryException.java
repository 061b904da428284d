package se.medskapa.cases;

import se.medskapa.shared.NotFoundException;

/**
 * A submission names a category the municipality does not have (or one of another
 * municipality): a wrong form value for the pages, a 404 for the API.
 */
public class UnknownCategoryException extends NotFoundException {

	UnknownCategoryException() {
		super("category");
	}

}
