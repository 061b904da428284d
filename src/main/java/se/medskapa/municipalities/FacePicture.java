package se.medskapa.municipalities;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The logo or the start-page image of a municipality, as stored and served. */
public record FacePicture(String contentType, byte[] content, long version) {

	/** Which picture, and how large it may be. */
	public enum Kind {

		LOGO(512 * 1024), START_IMAGE(3 * 1024 * 1024);

		private final int maxBytes;

		Kind(int maxBytes) {
			this.maxBytes = maxBytes;
		}

		public int maxBytes() {
			return maxBytes;
		}

	}

	/**
	 * The real type of an image, read from its first bytes (PNG, JPEG or WebP; not SVG,
	 * which may carry script), or {@code null} for anything else, whatever it is called.
	 */
	public static String contentTypeOf(byte[] content) {
		if (startsWith(content, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return "image/png";
		}
		if (startsWith(content, 0, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return "image/jpeg";
		}
		if (startsWith(content, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
				&& startsWith(content, 8, "WEBP".getBytes(StandardCharsets.US_ASCII))) {
			return "image/webp";
		}
		return null;
	}

	private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
		return content.length >= offset + prefix.length
				&& Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

}
