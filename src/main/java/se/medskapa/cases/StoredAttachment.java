package se.medskapa.cases;

/** An attachment as listed on the staff page (without its content). */
public record StoredAttachment(long id, String fileName, String contentType, int sizeBytes) {
}
