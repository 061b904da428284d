package se.medskapa.municipalities;

import se.medskapa.shared.NotFoundException;

/**
 * No municipality with that slug. The 404 comes from {@link NotFoundException}.
 */
public class MunicipalityNotFoundException extends NotFoundException {

	public MunicipalityNotFoundException() {
		super("municipality");
	}

	/**
	 * @deprecated for anything but a municipality throw {@link NotFoundException}; kept
	 * while the cases module still throws this for its cases and attachments
	 */
	@Deprecated
	public MunicipalityNotFoundException(String what) {
		super(what);
	}

}
