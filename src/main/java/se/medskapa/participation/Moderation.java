package se.medskapa.participation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.ResidentProfile;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffMember;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.notifications.Mail;
import se.medskapa.notifications.Mailer;
import se.medskapa.participation.events.ItemHidden;
import se.medskapa.participation.events.ItemRestored;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.HostileText;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.Times;
import se.medskapa.shared.Timestamps;

/**
 * Reporting and moderation (ADR 0031). Anyone signed in reports a comment or a case once
 * (the database keeps it to once); the report that reaches the municipality's number
 * hides the item pending review, exactly once however many arrive together (the item's
 * row is locked by each report). The municipality's idea coaches review the queue, hide
 * or restore with a reason and block a comment's author for a period; the author is told
 * by mail, in their language. Every step is logged. Hidden content is kept: a hidden
 * comment keeps its text, a hidden case is taken out of public view by its owner on
 * {@link ItemHidden}.
 */
@Service
public class Moderation {

	/** Reports that hide an item where the municipality has set no number. */
	public static final int DEFAULT_THRESHOLD = 3;

	public static final int PAGE_SIZE = 20;

	static final int MAX_REASON = 1000;

	static final int MAX_BLOCK_DAYS = 365;

	private final JdbcClient jdbc;

	private final Items items;

	private final Blocks blocks;

	private final ApplicationEventPublisher events;

	private final Residents residents;

	private final StaffDirectory staff;

	private final Municipalities municipalities;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Times times;

	private final Clock clock;

	private final String baseUrl;

	Moderation(JdbcClient jdbc, Items items, Blocks blocks, ApplicationEventPublisher events, Residents residents,
			StaffDirectory staff, Municipalities municipalities, Mailer mailer, MessageSource messages, Times times,
			Clock clock, @Value("${medskapa.base-url}") String baseUrl) {
		this.times = times;
		this.jdbc = jdbc;
		this.items = items;
		this.blocks = blocks;
		this.events = events;
		this.residents = residents;
		this.staff = staff;
		this.municipalities = municipalities;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * A signed-in participant reports a comment or a case of the municipality.
	 * @return whether this was the participant's first report of the item (a second one
	 * stores nothing)
	 */
	@Transactional
	public boolean report(long municipalityId, ReportTarget target, long itemId, Participant reporter,
			ReportReason reason, String details) {
		if (!ParticipationPermissions.mayReport(reporter, municipalityId)) {
			throw new ParticipationRefusedException("participation.error.notAllowed");
		}
		blocks.requireNotBlocked(municipalityId, reporter);
		if (reason == null) {
			throw new ParticipationRefusedException("participation.report.error.reason");
		}
		String text = optionalText(details);
		String title = requireReportable(municipalityId, target, itemId);
		Instant now = clock.instant();
		// The upsert locks the item's row until commit: reports of one item queue here.
		Locked item = jdbc.sql("""
				insert into participation_moderation_item (municipality_id, item_kind, item_id, item_title, state,
				                                           report_count, first_reported, changed_at)
				values (?, ?, ?, ?, 'VISIBLE', 0, ?, ?)
				on conflict (municipality_id, item_kind, item_id)
				do update set report_count = participation_moderation_item.report_count
				returning id, item_kind, item_id, state, report_count""")
			.params(municipalityId, target.name(), itemId, title, Timestamps.of(now), Timestamps.of(now))
			.query(Moderation::locked)
			.single();
		int stored = jdbc.sql("""
				insert into participation_report (municipality_id, moderation_item_id, reporter_resident_id,
				                                  reporter_staff_id, reason, details, reported_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(municipalityId, item.id(), reporter.residentId(), reporter.staffId(), reason.name(), text,
					Timestamps.of(now))
			.update();
		if (stored == 0) {
			return false;
		}
		int count = item.reportCount() + 1;
		boolean hide = item.state() == ModerationState.VISIBLE && count >= threshold(municipalityId);
		jdbc.sql("update participation_moderation_item set report_count = ?, state = ?, changed_at = ? where id = ?")
			.params(count, hide ? ModerationState.HIDDEN.name() : item.state().name(), Timestamps.of(now), item.id())
			.update();
		if (hide) {
			applyHidden(municipalityId, target, itemId, true, null, now);
			log(municipalityId, item.id(), "HIDDEN_BY_REPORTS", null, null, now);
			tellAuthor(municipalityId, target, itemId, "participation.moderation.mail.hiddenByReports", null, null);
		}
		return true;
	}

	/** A moderator hides the item for good (it stays kept, never shown in public). */
	@Transactional
	public void hide(long municipalityId, long moderationItemId, Participant moderator, String reason) {
		decide(municipalityId, moderationItemId, moderator, reason, ModerationState.REMOVED);
	}

	/** A moderator restores the item: it is shown again, and reports hide it no more. */
	@Transactional
	public void restore(long municipalityId, long moderationItemId, Participant moderator, String reason) {
		decide(municipalityId, moderationItemId, moderator, reason, ModerationState.RESTORED);
	}

	private void decide(long municipalityId, long moderationItemId, Participant moderator, String reason,
			ModerationState target) {
		requireModerator(moderator, municipalityId);
		String text = requiredReason(reason);
		Instant now = clock.instant();
		Locked item = lock(municipalityId, moderationItemId);
		ReportTarget kind = item.target();
		long itemId = item.itemId();
		jdbc.sql("update participation_moderation_item set state = ?, changed_at = ? where id = ?")
			.params(target.name(), Timestamps.of(now), item.id())
			.update();
		if (item.state().hidden() != target.hidden()) {
			applyHidden(municipalityId, kind, itemId, target.hidden(), text, now);
		}
		boolean hidden = target.hidden();
		log(municipalityId, item.id(), hidden ? "HIDDEN" : "RESTORED", moderator, text, now);
		tellAuthor(municipalityId, kind, itemId,
				hidden ? "participation.moderation.mail.hidden" : "participation.moderation.mail.restored", text, null);
	}

	/**
	 * A moderator blocks the author of a reported comment from commenting and reporting
	 * in the municipality for {@code days} days.
	 */
	@Transactional
	public void blockAuthor(long municipalityId, long moderationItemId, Participant moderator, Integer days,
			String reason) {
		requireModerator(moderator, municipalityId);
		if (days == null || days < 1 || days > MAX_BLOCK_DAYS) {
			throw new ParticipationRefusedException("participation.moderation.error.days");
		}
		String text = requiredReason(reason);
		Locked item = lock(municipalityId, moderationItemId);
		if (item.target() != ReportTarget.COMMENT) {
			throw new ParticipationRefusedException("participation.moderation.error.noAuthor");
		}
		CommentRow comment = comment(municipalityId, item.itemId()).orElseThrow(() -> new NotFoundException("comment"));
		Instant now = clock.instant();
		Instant until = now.plus(Duration.ofDays(days));
		jdbc.sql("""
				insert into participation_block (municipality_id, resident_id, staff_id, blocked_until, reason,
				                                 blocked_by, blocked_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(municipalityId, comment.authorResidentId(), comment.authorStaffId(), Timestamps.of(until), text,
					moderator.staffId(), Timestamps.of(now))
			.update();
		log(municipalityId, item.id(), "BLOCKED", moderator, text, now);
		tellAuthor(municipalityId, ReportTarget.COMMENT, comment.id(), "participation.moderation.mail.blocked", text,
				until);
	}

	/** Whether the participant is blocked from commenting and reporting now. */
	public boolean isBlocked(long municipalityId, Participant participant) {
		return blocks.isBlocked(municipalityId, participant);
	}

	/** Whether the participant moderates in the municipality. */
	public boolean mayModerate(Participant participant, long municipalityId) {
		return ParticipationPermissions.mayModerate(participant, municipalityId);
	}

	/**
	 * One keyset page of the queue: the items waiting for review (oldest first), or the
	 * reviewed ones (latest first), each with its reports and its log.
	 */
	public QueuePage queue(long municipalityId, String slug, Participant moderator, boolean reviewed, Long after) {
		requireModerator(moderator, municipalityId);
		String condition = reviewed
				? "state in ('REMOVED', 'RESTORED') and (:after = 0 or id < :after) order by id desc"
				: "state in ('VISIBLE', 'HIDDEN') and id > :after order by id";
		List<QueueRow> rows = jdbc
			.sql("""
					select id, item_kind, item_id, item_title, state, report_count, first_reported
					from participation_moderation_item where municipality_id = :municipalityId and\s""" + condition
					+ " limit :limit")
			.param("municipalityId", municipalityId)
			.param("after", after == null ? 0L : after)
			.param("limit", PAGE_SIZE + 1)
			.query((rs, n) -> new QueueRow(rs.getLong("id"), ReportTarget.valueOf(rs.getString("item_kind")),
					rs.getLong("item_id"), rs.getString("item_title"), ModerationState.valueOf(rs.getString("state")),
					rs.getInt("report_count"), Timestamps.instant(rs.getTimestamp("first_reported"))))
			.list();
		boolean more = rows.size() > PAGE_SIZE;
		List<QueueRow> page = more ? rows.subList(0, PAGE_SIZE) : rows;
		Long[] ids = page.stream().map(QueueRow::id).toArray(Long[]::new);
		Map<Long, List<ReportView>> reports = new LinkedHashMap<>();
		Map<Long, List<LogEntry>> logs = new LinkedHashMap<>();
		page.forEach(row -> {
			reports.put(row.id(), new ArrayList<>());
			logs.put(row.id(), new ArrayList<>());
		});
		Map<Long, CommentRow> commentsById = new LinkedHashMap<>();
		if (ids.length > 0) {
			jdbc.sql("""
					select moderation_item_id, reason, details, reported_at from participation_report
					where municipality_id = ? and moderation_item_id = any (?) order by id""")
				.params(municipalityId, ids)
				.query((rs, n) -> Map.entry(rs.getLong("moderation_item_id"),
						new ReportView(ReportReason.valueOf(rs.getString("reason")), rs.getString("details"),
								Timestamps.instant(rs.getTimestamp("reported_at")))))
				.list()
				.forEach(entry -> reports.get(entry.getKey()).add(entry.getValue()));
			jdbc.sql("""
					select moderation_item_id, action, actor_name, reason, occurred_at from participation_moderation_log
					where municipality_id = ? and moderation_item_id = any (?) order by id""")
				.params(municipalityId, ids)
				.query((rs, n) -> Map.entry(rs.getLong("moderation_item_id"),
						new LogEntry(rs.getString("action"), rs.getString("actor_name"), rs.getString("reason"),
								Timestamps.instant(rs.getTimestamp("occurred_at")))))
				.list()
				.forEach(entry -> logs.get(entry.getKey()).add(entry.getValue()));
			Long[] commentIds = page.stream()
				.filter(row -> row.target() == ReportTarget.COMMENT)
				.map(QueueRow::itemId)
				.toArray(Long[]::new);
			if (commentIds.length > 0) {
				jdbc.sql("""
						select id, item_kind, item_id, author_name, body, author_resident_id, author_staff_id
						from participation_comment where municipality_id = ? and id = any (?)""")
					.params(municipalityId, commentIds)
					.query((rs, n) -> new CommentRow(rs.getLong("id"), municipalityId,
							ItemKind.valueOf(rs.getString("item_kind")), rs.getLong("item_id"), null,
							(Long) rs.getObject("author_resident_id"), (Long) rs.getObject("author_staff_id"),
							rs.getString("author_name"), rs.getString("body"), false, null, null, null))
					.list()
					.forEach(comment -> commentsById.put(comment.id(), comment));
			}
		}
		List<QueueItem> queueItems = page.stream().map(row -> {
			CommentRow comment = row.target() == ReportTarget.COMMENT ? commentsById.get(row.itemId()) : null;
			String text = comment != null ? comment.body() : row.title();
			String author = comment != null ? comment.authorName() : null;
			String path = comment != null
					? items.publicPathOrNull(slug, municipalityId, comment.itemKind(), comment.itemId()) : null;
			return new QueueItem(row.id(), row.target(), row.itemId(), row.state(), row.reportCount(),
					row.firstReported(), text == null ? "" : text, author, comment != null, path, reports.get(row.id()),
					logs.get(row.id()));
		}).toList();
		Long next = more ? page.get(page.size() - 1).id() : null;
		return new QueuePage(queueItems, next, reviewed);
	}

	/** The municipality's number of reports that hides an item. */
	public int threshold(long municipalityId) {
		return jdbc.sql("select report_threshold from participation_moderation_setting where municipality_id = ?")
			.param(municipalityId)
			.query(Integer.class)
			.optional()
			.orElse(DEFAULT_THRESHOLD);
	}

	/** The municipality sets its number of reports that hides an item. */
	@Transactional
	public void setThreshold(long municipalityId, Participant moderator, int threshold) {
		requireModerator(moderator, municipalityId);
		if (threshold < 1 || threshold > 1000) {
			throw new ParticipationRefusedException("participation.moderation.error.threshold");
		}
		jdbc.sql("""
				insert into participation_moderation_setting (municipality_id, report_threshold, changed_at)
				values (?, ?, ?)
				on conflict (municipality_id) do update set report_threshold = excluded.report_threshold,
				                                            changed_at = excluded.changed_at""")
			.params(municipalityId, threshold, Timestamps.of(clock.instant()))
			.update();
	}

	private String requireReportable(long municipalityId, ReportTarget target, long itemId) {
		if (target == ReportTarget.CASE) {
			items.requirePublic(municipalityId, ItemKind.CASE, itemId);
			String title = items.publicTitle(municipalityId, ItemKind.CASE, itemId);
			return title == null || title.length() <= 500 ? title : title.substring(0, 500);
		}
		CommentRow comment = comment(municipalityId, itemId).orElseThrow(() -> new NotFoundException("comment"));
		if (comment.deleted()) {
			throw new NotFoundException("comment");
		}
		items.requirePublic(municipalityId, comment.itemKind(), comment.itemId());
		return null;
	}

	private void applyHidden(long municipalityId, ReportTarget target, long itemId, boolean hidden, String reason,
			Instant now) {
		if (target == ReportTarget.COMMENT) {
			jdbc.sql("update participation_comment set hidden_at = ? where id = ? and municipality_id = ?")
				.params(hidden ? Timestamps.of(now) : null, itemId, municipalityId)
				.update();
		}
		else if (hidden) {
			events.publishEvent(new ItemHidden(municipalityId, ItemKind.CASE, itemId, reason));
		}
		else {
			events.publishEvent(new ItemRestored(municipalityId, ItemKind.CASE, itemId, reason));
		}
	}

	private void log(long municipalityId, long moderationItemId, String action, Participant actor, String reason,
			Instant now) {
		String name = actor == null || actor.displayName() == null ? null : actor.displayName();
		jdbc.sql("""
				insert into participation_moderation_log (municipality_id, moderation_item_id, action, actor_staff_id,
				                                          actor_name, reason, occurred_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(municipalityId, moderationItemId, action, actor == null ? null : actor.staffId(),
					name == null || name.length() <= 200 ? name : name.substring(0, 200), reason, Timestamps.of(now))
			.update();
	}

	/**
	 * Tells the author of a comment what happened and why, in their language (residents
	 * in the language they chose, staff in Swedish). The author of a case hears it from
	 * the case's owner.
	 */
	private void tellAuthor(long municipalityId, ReportTarget target, long itemId, String key, String reason,
			Instant until) {
		if (target != ReportTarget.COMMENT) {
			return;
		}
		Optional<CommentRow> comment = comment(municipalityId, itemId);
		Optional<Municipality> municipality = municipalities.findById(municipalityId);
		if (comment.isEmpty() || municipality.isEmpty()) {
			return;
		}
		String email;
		Locale locale = Locale.forLanguageTag("sv");
		if (comment.get().authorResidentId() != null) {
			Optional<ResidentProfile> profile = residents.profile(comment.get().authorResidentId());
			if (profile.isEmpty() || profile.get().email() == null) {
				return;
			}
			email = profile.get().email();
			if (profile.get().preferredLanguage() != null) {
				locale = Locale.forLanguageTag(profile.get().preferredLanguage());
			}
		}
		else {
			StaffMember member = staff.member(municipalityId, comment.get().authorStaffId());
			email = member.email();
		}
		String path = items.publicPathOrNull(municipality.get().slug(), municipalityId, comment.get().itemKind(),
				comment.get().itemId());
		String name = municipality.get().name();
		String excerpt = excerpt(comment.get().body());
		String body = messages.getMessage(key, new Object[] { name, excerpt, reason == null ? "" : reason,
				until == null ? "" : times.dateTime(until), path == null ? "" : baseUrl + path }, locale);
		mailer.send(new Mail(municipalityId, email,
				messages.getMessage("participation.moderation.mail.subject", new Object[] { name }, locale), body,
				"moderation:" + key + ":" + municipalityId + ":" + itemId + ":" + clock.instant().toEpochMilli()));
	}

	private static String excerpt(String body) {
		String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
		return text.length() <= 200 ? text : text.substring(0, 200) + "…";
	}

	private Locked lock(long municipalityId, long moderationItemId) {
		return jdbc.sql("""
				select id, item_kind, item_id, state, report_count from participation_moderation_item
				where id = ? and municipality_id = ? for update""")
			.params(moderationItemId, municipalityId)
			.query(Moderation::locked)
			.optional()
			.orElseThrow(() -> new NotFoundException("report"));
	}

	private static Locked locked(ResultSet rs, int row) throws SQLException {
		return new Locked(rs.getLong("id"), ReportTarget.valueOf(rs.getString("item_kind")), rs.getLong("item_id"),
				ModerationState.valueOf(rs.getString("state")), rs.getInt("report_count"));
	}

	private Optional<CommentRow> comment(long municipalityId, long commentId) {
		return jdbc.sql("""
				select id, municipality_id, item_kind, item_id, parent_id, author_resident_id, author_staff_id,
				       author_name, body, official, created_at, edited_at, deleted_at, hidden_at
				from participation_comment where id = ? and municipality_id = ?""")
			.params(commentId, municipalityId)
			.query(Comments::row)
			.optional();
	}

	private static void requireModerator(Participant moderator, long municipalityId) {
		if (!ParticipationPermissions.mayModerate(moderator, municipalityId)) {
			throw new ParticipationRefusedException("participation.error.notAllowed");
		}
	}

	private static String requiredReason(String reason) {
		String text = optionalText(reason);
		if (text == null) {
			throw new ParticipationRefusedException("participation.moderation.error.reason");
		}
		return text;
	}

	private static String optionalText(String value) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > MAX_REASON) {
			throw new ParticipationRefusedException("participation.moderation.error.tooLong");
		}
		if (!HostileText.acceptable(text)) {
			throw new ParticipationRefusedException(HostileText.HostileTextException.MESSAGE_KEY);
		}
		return HostileText.withoutBidiControls(text);
	}

	private record Locked(long id, ReportTarget target, long itemId, ModerationState state, int reportCount) {
	}

	private record QueueRow(long id, ReportTarget target, long itemId, String title, ModerationState state,
			int reportCount, Instant firstReported) {
	}

	/** One page of the queue; {@code nextAfter} is {@code null} on the last. */
	public record QueuePage(List<QueueItem> items, Long nextAfter, boolean reviewed) {
	}

	/**
	 * A reported item: {@code text} is the comment (even when hidden) or the case's
	 * title, {@code publicPath} the page where the comment is (or was) shown.
	 */
	public record QueueItem(long id, ReportTarget target, long itemId, ModerationState state, int reportCount,
			Instant firstReported, String text, String authorName, boolean blockable, String publicPath,
			List<ReportView> reports, List<LogEntry> log) {
	}

	public record ReportView(ReportReason reason, String details, Instant reportedAt) {
	}

	public record LogEntry(String action, String actorName, String reason, Instant occurredAt) {
	}

}
