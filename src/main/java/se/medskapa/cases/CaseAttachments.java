package se.medskapa.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.medskapa.shared.FileTypes;

/** Stores and reads the files sent with a case. */
@Service
public class CaseAttachments {

	private final JdbcClient jdbc;

	CaseAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Checks every file before anything is stored: all or nothing. */
	public static void check(List<Attachment> attachments) {
		checkAnnounced(attachments.stream()
			.map(attachment -> new AnnouncedFile(attachment.fileName(), attachment.content().length))
			.toList());
		for (Attachment attachment : attachments) {
			if (attachment.content().length == 0 || attachment.detectedContentType() == null) {
				throw new InvalidAttachmentException("attachment.error.type", attachment.fileName());
			}
		}
	}

	/**
	 * What can be checked before a file is read into memory: how many there are and how
	 * large each says it is (a multipart part knows its size once it has been received).
	 */
	public static void checkAnnounced(List<AnnouncedFile> files) {
		if (files.size() > Attachment.MAX_FILES) {
			throw new InvalidAttachmentException("attachment.error.tooMany", null);
		}
		for (AnnouncedFile file : files) {
			if (file.size() > Attachment.MAX_BYTES) {
				throw new InvalidAttachmentException("attachment.error.tooLarge", file.fileName());
			}
		}
	}

	void store(long municipalityId, long caseId, List<Attachment> attachments) {
		for (Attachment attachment : attachments) {
			jdbc.sql("""
					insert into case_attachment (municipality_id, case_id, file_name, content_type, size_bytes, content)
					values (?, ?, ?, ?, ?, ?)""")
				.params(municipalityId, caseId, safeName(attachment.fileName()), attachment.detectedContentType(),
						attachment.content().length, attachment.content())
				.update();
		}
	}

	public List<StoredAttachment> list(long municipalityId, long caseId) {
		return jdbc.sql("""
				select id, file_name, content_type, size_bytes from case_attachment
				where municipality_id = ? and case_id = ? order by id""")
			.params(municipalityId, caseId)
			.query(StoredAttachment.class)
			.list();
	}

	public Optional<AttachmentContent> content(long municipalityId, String reference, long attachmentId) {
		return jdbc.sql("""
				select a.file_name, a.content_type, a.content from case_attachment a
				join cases c on c.id = a.case_id and c.municipality_id = a.municipality_id
				where a.municipality_id = ? and c.reference = ? and a.id = ?""")
			.params(municipalityId, reference, attachmentId)
			.query(AttachmentContent.class)
			.optional();
	}

	/**
	 * The file name without any path, control characters or quotes, at most 120
	 * characters.
	 */
	static String safeName(String name) {
		return FileTypes.safeName(name, "bilaga");
	}

	/** A file's name and size, before its content is read. */
	public record AnnouncedFile(String fileName, long size) {
	}

	public record AttachmentContent(String fileName, String contentType, byte[] content) {
	}

}
