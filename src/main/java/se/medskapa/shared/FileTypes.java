package se.medskapa.shared;

/**
 * What an uploaded file really is, read from its first bytes (never from its name or the
 * browser's claim), and a file name safe to store and send back.
 */
public final class FileTypes {

	private FileTypes() {
	}

	/**
	 * The real type: JPEG, PNG, GIF, WebP or PDF; null for anything else.
	 */
	public static String detect(byte[] content) {
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (startsWith(content, 'G', 'I', 'F', '8')) {
			return "image/gif";
		}
		if (startsWith(content, 'R', 'I', 'F', 'F') && content.length >= 12 && content[8] == 'W' && content[9] == 'E'
				&& content[10] == 'B' && content[11] == 'P') {
			return "image/webp";
		}
		if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
			return "application/pdf";
		}
		return null;
	}

	/** Whether the detected type is one of the images. */
	public static boolean isImage(String contentType) {
		return contentType != null && contentType.startsWith("image/");
	}

	/**
	 * The file name without any path, control characters or quotes, at most 120
	 * characters; the fallback when nothing is left.
	 */
	public static String safeName(String name, String fallback) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (base.isEmpty()) {
			base = fallback;
		}
		return base.length() > 120 ? base.substring(base.length() - 120) : base;
	}

	private static boolean startsWith(byte[] content, int... signature) {
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
