package se.medskapa.participation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import se.medskapa.participation.CommentText.Segment;
import se.medskapa.participation.spi.ItemKind;

/**
 * The participation part of an item's public page, as the fragment
 * {@code participation/fragments :: section} shows it.
 *
 * @param actionBase the path the forms post to, e.g. {@code /boras/participation/case/12}
 * @param commentBase the path of the comment actions,
 * {@code /boras/participation/comments}
 * @param nextPageUrl the next page of comments ({@code null} on the last)
 * @param petition where the item stands as an e-petition, {@code null} where it is none
 * @param following how often the viewer hears of the item, {@code null} when they do not
 * follow it
 */
public record ParticipationSection(ItemKind kind, long itemId, String actionBase, String commentBase, int supportCount,
		boolean supported, Set<ParticipationAction> actions, boolean signedIn, List<CommentView> comments,
		String nextPageUrl, Petition petition, FollowFrequency following) {

	public boolean may(String action) {
		return actions.contains(ParticipationAction.valueOf(action));
	}

	/** The reasons one may give when reporting (ADR 0031). */
	public List<ReportReason> reportReasons() {
		return List.of(ReportReason.values());
	}

	/** One comment with what the viewer may do with it, and its replies. */
	public record CommentView(long id, String authorName, boolean byStaff, boolean official, Instant createdAt,
			boolean edited, boolean deleted, List<Segment> segments, Set<ParticipationAction> actions,
			List<CommentView> replies, boolean hidden) {

		public CommentView(long id, String authorName, boolean byStaff, boolean official, Instant createdAt,
				boolean edited, boolean deleted, List<Segment> segments, Set<ParticipationAction> actions,
				List<CommentView> replies) {
			this(id, authorName, byStaff, official, createdAt, edited, deleted, segments, actions, replies, false);
		}

		public boolean may(String action) {
			return actions.contains(ParticipationAction.valueOf(action));
		}

	}

}
