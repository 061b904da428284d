package se.medskapa.cases;

import se.medskapa.shared.FileTypes;

/**
 * A file sent with a case, as submitted (the content is checked, not the name or the
 * browser's claim).
 */
public record Attachment(String fileName, byte[] content) {

	public static final int MAX_FILES = 5;

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/**
	 * The real type, read from the file's first bytes; null when it is not an image or
	 * PDF we accept.
	 */
	public String detectedContentType() {
		return FileTypes.detect(content);
	}

}
