package se.medskapa.config;

import java.nio.file.Path;
import java.util.Optional;

/** The embedded database folder is used by another running process. */
class EmbeddedDatabaseInUseException extends RuntimeException {

	EmbeddedDatabaseInUseException(Path dataDirectory, Optional<Long> pid) {
		super("The data folder " + dataDirectory + " is already in use by another running Medskapa"
				+ pid.map(p -> " (PostgreSQL process " + p + ")").orElse("")
				+ ". Stop that instance first, or set medskapa.database.embedded.data-directory to another folder.");
	}

}
