package se.medskapa.accounts.spi;

import java.util.List;

/**
 * The municipalities a resident has taken part in, as one module knows them (for example
 * through the resident's cases). "My account" belongs to no single municipality, so it
 * collects every bean of this type to offer the way back to their start pages.
 */
public interface ResidentMunicipalities {

	/**
	 * The municipalities of the resident's contributions in this module, in any order.
	 */
	List<ResidentMunicipality> municipalitiesOf(long residentId);

	/** A municipality's address slug and name. */
	record ResidentMunicipality(String slug, String name) {
	}

}
