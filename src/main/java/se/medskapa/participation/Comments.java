package se.medskapa.participation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.HostileText;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.Timestamps;

/**
 * Comments of signed-in residents and staff, one use case per method, each checked by
 * {@link ParticipationPermissions} on entry and written by a statement that repeats the
 * check (author, window, not deleted), so two requests at once cannot get round it.
 */
@Service
public class Comments {

	static final int MAX_LENGTH = 4000;

	/**
	 * The columns of every public read of comments (the item's page, the API): a comment
	 * hidden by moderation comes without its text, which stays stored (ADR 0031).
	 */
	static final String COLUMNS = """
			id, municipality_id, item_kind, item_id, parent_id, author_resident_id, author_staff_id, author_name,
			case when hidden_at is null then body else '' end as body, official, created_at, edited_at, deleted_at,
			hidden_at""";

	private final JdbcClient jdbc;

	private final Items items;

	private final Blocks blocks;

	private final Clock clock;

	Comments(JdbcClient jdbc, Items items, Blocks blocks, Clock clock) {
		this.jdbc = jdbc;
		this.items = items;
		this.blocks = blocks;
		this.clock = clock;
	}

	/**
	 * A comment on the item, or a reply to one of its top-level comments.
	 * @return the new comment's id
	 */
	@Transactional
	public long post(long municipalityId, ItemKind kind, long itemId, Long parentId, Participant author, String body) {
		ParticipationPermissions.require(ParticipationPermissions.onItem(author, municipalityId),
				ParticipationAction.COMMENT);
		blocks.requireNotBlocked(municipalityId, author);
		items.requirePublic(municipalityId, kind, itemId);
		if (parentId != null) {
			CommentRow parent = find(municipalityId, parentId).filter(p -> p.itemKind() == kind && p.itemId() == itemId)
				.orElseThrow(() -> new NotFoundException("comment"));
			ParticipationPermissions.require(ParticipationPermissions.onComment(author, parent, clock.instant()),
					ParticipationAction.COMMENT);
		}
		String text = text(body);
		String name = author.displayName() == null || author.displayName().isBlank() ? "" : author.displayName();
		return jdbc.sql("""
				insert into participation_comment (municipality_id, item_kind, item_id, parent_id, author_resident_id,
				                                   author_staff_id, author_name, body, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, kind.name(), itemId, parentId, author.residentId(), author.staffId(),
					name.length() > 200 ? name.substring(0, 200) : name, text, Timestamps.of(clock.instant()))
			.query(Long.class)
			.single();
	}

	/** The author changes the text within 15 minutes; the comment is marked as edited. */
	@Transactional
	public void edit(long municipalityId, long commentId, Participant author, String body) {
		Instant now = clock.instant();
		CommentRow comment = require(municipalityId, commentId);
		ParticipationPermissions.require(ParticipationPermissions.onComment(author, comment, now),
				ParticipationAction.EDIT);
		String text = text(body);
		int changed = jdbc.sql("""
				update participation_comment set body = ?, edited_at = ?
				where id = ? and municipality_id = ? and deleted_at is null and created_at > ?""")
			.params(text, Timestamps.of(now), commentId, municipalityId,
					Timestamps.of(now.minus(ParticipationPermissions.EDIT_WINDOW)))
			.update();
		if (changed != 1) {
			throw new ParticipationRefusedException("participation.error.notAllowed");
		}
	}

	/** The author deletes the comment: its place stays, its text goes. */
	@Transactional
	public void delete(long municipalityId, long commentId, Participant author) {
		CommentRow comment = require(municipalityId, commentId);
		ParticipationPermissions.require(ParticipationPermissions.onComment(author, comment, clock.instant()),
				ParticipationAction.DELETE);
		jdbc.sql("""
				update participation_comment set body = '', official = false, deleted_at = ?
				where id = ? and municipality_id = ? and deleted_at is null""")
			.params(Timestamps.of(clock.instant()), commentId, municipalityId)
			.update();
	}

	/** A staff member marks (or unmarks) a staff comment as the official answer. */
	@Transactional
	public void markOfficial(long municipalityId, long commentId, Participant staff, boolean official) {
		CommentRow comment = require(municipalityId, commentId);
		ParticipationPermissions.require(ParticipationPermissions.onComment(staff, comment, clock.instant()),
				ParticipationAction.MARK_OFFICIAL);
		jdbc.sql("""
				update participation_comment set official = ?
				where id = ? and municipality_id = ? and deleted_at is null and author_staff_id is not null""")
			.params(official, commentId, municipalityId)
			.update();
	}

	/** The item a comment belongs to, for the page to return to. */
	CommentRow require(long municipalityId, long commentId) {
		return find(municipalityId, commentId).orElseThrow(() -> new NotFoundException("comment"));
	}

	private Optional<CommentRow> find(long municipalityId, long commentId) {
		return jdbc.sql("select " + COLUMNS + " from participation_comment where id = ? and municipality_id = ?")
			.params(commentId, municipalityId)
			.query(Comments::row)
			.optional();
	}

	static CommentRow row(ResultSet rs, int row) throws SQLException {
		return new CommentRow(rs.getLong("id"), rs.getLong("municipality_id"),
				ItemKind.valueOf(rs.getString("item_kind")), rs.getLong("item_id"), (Long) rs.getObject("parent_id"),
				(Long) rs.getObject("author_resident_id"), (Long) rs.getObject("author_staff_id"),
				rs.getString("author_name"), rs.getString("body"), rs.getBoolean("official"),
				Timestamps.instant(rs.getTimestamp("created_at")), Timestamps.instant(rs.getTimestamp("edited_at")),
				Timestamps.instant(rs.getTimestamp("deleted_at")), rs.getTimestamp("hidden_at") != null);
	}

	private static String text(String body) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new ParticipationRefusedException("participation.error.textRequired");
		}
		if (text.length() > MAX_LENGTH) {
			throw new ParticipationRefusedException("participation.error.textTooLong");
		}
		if (!HostileText.acceptable(text)) {
			throw new ParticipationRefusedException(HostileText.HostileTextException.MESSAGE_KEY);
		}
		return HostileText.withoutBidiControls(text);
	}

}
