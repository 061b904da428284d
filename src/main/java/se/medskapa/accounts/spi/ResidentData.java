package se.medskapa.accounts.spi;

/**
 * One module's part of a resident's data export ("my data"). The account export collects
 * every bean of this type, so a new module that holds resident data adds its section
 * without changing {@code accounts}.
 */
public interface ResidentData {

	/** The name of the section in the export, e.g. {@code "cases"}. */
	String section();

	/** What the module holds about the resident: records, serialised as they are. */
	Object exportFor(long residentId);

}
