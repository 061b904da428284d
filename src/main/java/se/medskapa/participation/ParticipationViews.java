package se.medskapa.participation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.medskapa.participation.ParticipationSection.CommentView;
import se.medskapa.participation.spi.ItemKind;

/**
 * The participation section of an item's page: the count, whether the viewer supports it,
 * and one keyset page of top-level comments with their replies, in three queries whatever
 * the number of comments.
 */
@Service
public class ParticipationViews {

	public static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	private final Supports supports;

	private final Petitions petitions;

	private final Follows follows;

	private final Clock clock;

	ParticipationViews(JdbcClient jdbc, Supports supports, Petitions petitions, Follows follows, Clock clock) {
		this.follows = follows;
		this.jdbc = jdbc;
		this.supports = supports;
		this.petitions = petitions;
		this.clock = clock;
	}

	/**
	 * @param pagePath the item's public page, for the link to the next page
	 * @param after the last top-level comment of the previous page ({@code null} for the
	 * first)
	 */
	public ParticipationSection section(long municipalityId, String slug, ItemKind kind, long itemId,
			Participant viewer, String pagePath, Long after) {
		Instant now = clock.instant();
		List<CommentRow> top = jdbc.sql("select " + Comments.COLUMNS + """
				 from participation_comment
				where municipality_id = ? and item_kind = ? and item_id = ? and parent_id is null and id > ?
				order by id limit ?""")
			.params(municipalityId, kind.name(), itemId, after == null ? 0L : after, PAGE_SIZE + 1)
			.query(Comments::row)
			.list();
		boolean more = top.size() > PAGE_SIZE;
		List<CommentRow> page = more ? top.subList(0, PAGE_SIZE) : top;
		Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
		page.forEach(comment -> replies.put(comment.id(), new ArrayList<>()));
		if (!page.isEmpty()) {
			jdbc.sql("select " + Comments.COLUMNS + """
					 from participation_comment
					where municipality_id = ? and parent_id = any (?) order by id""")
				.params(municipalityId, page.stream().map(CommentRow::id).toArray(Long[]::new))
				.query(Comments::row)
				.list()
				.forEach(reply -> replies.get(reply.parentId()).add(view(reply, viewer, now, List.of())));
		}
		List<CommentView> comments = page.stream()
			.map(comment -> view(comment, viewer, now, replies.get(comment.id())))
			.toList();
		Petitions.Standing standing = petitions.standing(municipalityId, kind, itemId);
		String base = "/" + slug + "/participation/" + kind.name().toLowerCase(Locale.ROOT) + "/" + itemId;
		String next = more ? pagePath + "?after=" + page.get(page.size() - 1).id() + "#comments" : null;
		return new ParticipationSection(kind, itemId, base, "/" + slug + "/participation/comments", standing.supports(),
				supports.supports(municipalityId, kind, itemId, viewer),
				ParticipationPermissions.onItem(viewer, municipalityId), viewer != null, comments, next,
				standing.petition().orElse(null), follows.following(municipalityId, kind, itemId, viewer).orElse(null));
	}

	private static CommentView view(CommentRow row, Participant viewer, Instant now, List<CommentView> replies) {
		return new CommentView(row.id(), row.authorName(), row.byStaff(), row.official(), row.createdAt(),
				row.editedAt() != null, row.deleted(),
				row.deleted() || row.hidden() ? List.of() : CommentText.segments(row.body()),
				ParticipationPermissions.onComment(viewer, row, now), replies, row.hidden());
	}

}
