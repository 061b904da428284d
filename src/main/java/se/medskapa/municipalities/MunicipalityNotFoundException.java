package se.medskapa.municipalities;

import se.medskapa.shared.NotFoundException;

/**
 * No municipality with that slug. The 404 comes from {@link NotFoundException}.
 */
public class MunicipalityNotFoundException extends NotFoundException {

	public MunicipalityNotFoundException() {
		super("municipality");
	}

}
