package se.medskapa.challenges;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.shared.FileTypes;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.Timestamps;

/**
 * A challenge's images and documents: uploaded and removed by those who may edit it,
 * checked by their first bytes (JPEG, PNG, GIF, WebP, PDF), an image only with the alt
 * text its uploader gives. The public sees them only while the challenge is not a draft.
 */
@Service
public class ChallengeAttachments {

	public static final int MAX_FILES = 20;

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	public static final int MAX_ALT_TEXT = 300;

	private final Challenges challenges;

	private final ChallengePermissions permissions;

	private final JdbcClient jdbc;

	private final Clock clock;

	ChallengeAttachments(Challenges challenges, ChallengePermissions permissions, JdbcClient jdbc, Clock clock) {
		this.challenges = challenges;
		this.permissions = permissions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Adds one file to the challenge.
	 * @throws ChallengeRefusedException {@code challenge.attachment.error.*} for an
	 * empty, too large or unknown file, an image without alt text, or one file too many
	 */
	@Transactional
	public long addAttachment(StaffPrincipal actor, long municipalityId, long challengeId, String fileName,
			byte[] content, String altText) {
		Challenge challenge = editable(actor, municipalityId, challengeId);
		if (content.length == 0) {
			throw new ChallengeRefusedException("challenge.attachment.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new ChallengeRefusedException("challenge.attachment.error.tooLarge");
		}
		String type = FileTypes.detect(content);
		if (type == null) {
			throw new ChallengeRefusedException("challenge.attachment.error.type");
		}
		String alt = altText == null ? null : altText.strip();
		if (FileTypes.isImage(type) && (alt == null || alt.isEmpty())) {
			throw new ChallengeRefusedException("challenge.attachment.error.altText");
		}
		if (alt != null && alt.length() > MAX_ALT_TEXT) {
			throw new ChallengeRefusedException("challenge.attachment.error.altTextLong");
		}
		// The challenge's row lock makes the limit hold for parallel uploads.
		jdbc.sql("select id from challenge where id = ? and municipality_id = ? for update")
			.params(challenge.id(), municipalityId)
			.query(Long.class)
			.single();
		int count = jdbc.sql("select count(*) from challenge_attachment where municipality_id = ? and challenge_id = ?")
			.params(municipalityId, challengeId)
			.query(Integer.class)
			.single();
		if (count >= MAX_FILES) {
			throw new ChallengeRefusedException("challenge.attachment.error.tooMany");
		}
		return jdbc.sql("""
				insert into challenge_attachment (municipality_id, challenge_id, file_name, content_type, alt_text,
				    size_bytes, content, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, challengeId, FileTypes.safeName(fileName, "fil"), type,
					alt == null || alt.isEmpty() ? null : alt, content.length, content, actor.id(),
					Timestamps.of(clock.instant()))
			.query(Long.class)
			.single();
	}

	/** Removes one file of the challenge. */
	@Transactional
	public void removeAttachment(StaffPrincipal actor, long municipalityId, long challengeId, long attachmentId) {
		editable(actor, municipalityId, challengeId);
		int removed = jdbc
			.sql("delete from challenge_attachment where id = ? and municipality_id = ? and challenge_id = ?")
			.params(attachmentId, municipalityId, challengeId)
			.update();
		if (removed == 0) {
			throw new NotFoundException("attachment");
		}
	}

	/** The files of a challenge, images first, without their content. */
	public List<ChallengeFile> files(long municipalityId, long challengeId) {
		return jdbc.sql("""
				select id, file_name, content_type, alt_text, size_bytes from challenge_attachment
				where municipality_id = ? and challenge_id = ?
				order by content_type like 'image/%' desc, id""")
			.params(municipalityId, challengeId)
			.query(ChallengeFile.class)
			.list();
	}

	/** A file as the public may fetch it: only of a challenge that is not a draft. */
	public Optional<FileContent> publicContent(long municipalityId, long challengeId, long attachmentId) {
		return jdbc.sql("""
				select a.file_name, a.content_type, a.content from challenge_attachment a
				join challenge c on c.id = a.challenge_id and c.municipality_id = a.municipality_id
				where a.municipality_id = ? and a.challenge_id = ? and a.id = ? and c.status <> 'DRAFT'""")
			.params(municipalityId, challengeId, attachmentId)
			.query(FileContent.class)
			.optional();
	}

	/** A file for staff who may see the challenge (also while it is a draft). */
	public Optional<FileContent> staffContent(StaffPrincipal actor, long municipalityId, long challengeId,
			long attachmentId) {
		Challenge challenge = challenges.find(municipalityId, challengeId)
			.orElseThrow(() -> new NotFoundException("challenge"));
		permissions.require(ChallengeAction.VIEW, actor, municipalityId, challenge.texts().unitId(),
				challenge.status());
		return jdbc.sql("""
				select file_name, content_type, content from challenge_attachment
				where municipality_id = ? and challenge_id = ? and id = ?""")
			.params(municipalityId, challengeId, attachmentId)
			.query(FileContent.class)
			.optional();
	}

	private Challenge editable(StaffPrincipal actor, long municipalityId, long challengeId) {
		Challenge challenge = challenges.find(municipalityId, challengeId)
			.orElseThrow(() -> new NotFoundException("challenge"));
		permissions.require(ChallengeAction.EDIT, actor, municipalityId, challenge.texts().unitId(),
				challenge.status());
		return challenge;
	}

	/** A file as listed (without its content). */
	public record ChallengeFile(long id, String fileName, String contentType, String altText, int sizeBytes) {

		public boolean image() {
			return FileTypes.isImage(contentType);
		}

	}

	public record FileContent(String fileName, String contentType, byte[] content) {
	}

}
