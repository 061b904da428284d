package se.medskapa.municipalities;

/** A department, unit or category with that name exists already in the municipality. */
public class DuplicateNameException extends RuntimeException {

	public DuplicateNameException(String name) {
		super("name already used: " + name);
	}

}
