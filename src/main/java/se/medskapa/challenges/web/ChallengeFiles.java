package se.medskapa.challenges.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.medskapa.challenges.ChallengeAttachments.FileContent;
import se.medskapa.shared.FileTypes;

/**
 * How a challenge's file is sent: an image (its type checked by its first bytes) inline
 * for the page's {@code <img>}, a document always as a download.
 */
final class ChallengeFiles {

	private ChallengeFiles() {
	}

	static ResponseEntity<byte[]> response(FileContent file) {
		ContentDisposition disposition = (FileTypes.isImage(file.contentType()) ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(file.fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
