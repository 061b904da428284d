package se.medskapa.municipalities;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No municipality with that slug, or a row that belongs to another municipality: both
 * look the same from outside.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MunicipalityNotFoundException extends RuntimeException {

	public MunicipalityNotFoundException(String what) {
		super(what + " not found");
	}

}
