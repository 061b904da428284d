package se.medskapa.cases;

/**
 * Too many files, a file too large, or not an image or PDF; the message key says which.
 */
public class InvalidAttachmentException extends RuntimeException {

	private final String messageKey;

	private final String fileName;

	public InvalidAttachmentException(String messageKey, String fileName) {
		super(messageKey);
		this.messageKey = messageKey;
		this.fileName = fileName;
	}

	public String messageKey() {
		return messageKey;
	}

	public String fileName() {
		return fileName;
	}

}
