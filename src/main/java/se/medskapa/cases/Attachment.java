package se.medskapa.cases;

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
		if (startsWith(0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (startsWith('G', 'I', 'F', '8')) {
			return "image/gif";
		}
		if (startsWith('R', 'I', 'F', 'F') && content.length >= 12 && content[8] == 'W' && content[9] == 'E'
				&& content[10] == 'B' && content[11] == 'P') {
			return "image/webp";
		}
		if (startsWith('%', 'P', 'D', 'F', '-')) {
			return "application/pdf";
		}
		return null;
	}

	private boolean startsWith(int... signature) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}
}
