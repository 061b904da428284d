package se.medskapa.participation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.medskapa.accounts.ResidentProfile;
import se.medskapa.accounts.Residents;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.notifications.Mail;
import se.medskapa.notifications.Mailer;
import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.Timestamps;

/**
 * The digest mails: once a day (or a week) a follower gets one mail per municipality with
 * what happened in everything they follow there since their last digest (new comments by
 * others, new supports, a qualified e-petition), and a link that ends all those follows
 * in one click. Nothing new, no mail. One transaction per follower, so a failing address
 * holds up nobody else; the job runs on one node at a time (ADR 0026).
 */
@Component
public class Digests {

	/** The followers served per run; the rest come in the next. */
	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final Items items;

	private final Follows follows;

	private final Residents residents;

	private final Municipalities municipalities;

	private final Mailer mailer;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String baseUrl;

	Digests(JdbcClient jdbc, Items items, Follows follows, Residents residents, Municipalities municipalities,
			Mailer mailer, MessageSource messages, PlatformTransactionManager transactions, Clock clock,
			@Value("${medskapa.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.items = items;
		this.follows = follows;
		this.residents = residents;
		this.municipalities = municipalities;
		this.mailer = mailer;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${medskapa.participation.digest-cron:0 0 6 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "participation-digests", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	void sendDigestsOnSchedule() {
		sendDigests(clock.instant());
	}

	/**
	 * Sends the digests due at {@code now}.
	 * @return how many mails were sent
	 */
	public int sendDigests(Instant now) {
		int sent = 0;
		for (FollowFrequency frequency : FollowFrequency.values()) {
			Instant dueBefore = now.minus(frequency.interval());
			List<Follower> due = jdbc.sql("""
					select distinct municipality_id, resident_id from participation_follow
					where frequency = ? and last_digest_at <= ? limit ?""")
				.params(frequency.name(), Timestamps.of(dueBefore), BATCH)
				.query((rs, n) -> new Follower(rs.getLong("municipality_id"), rs.getLong("resident_id")))
				.list();
			for (Follower follower : due) {
				Boolean mailed = transactions.execute(status -> digest(follower, frequency, dueBefore, now));
				if (Boolean.TRUE.equals(mailed)) {
					sent++;
				}
			}
		}
		return sent;
	}

	private boolean digest(Follower follower, FollowFrequency frequency, Instant dueBefore, Instant now) {
		List<Activity> activity = jdbc
			.sql("""
					select f.item_kind, f.item_id,
					       (select count(*) from participation_comment c
					        where c.municipality_id = f.municipality_id and c.item_kind = f.item_kind and c.item_id = f.item_id
					          and c.deleted_at is null and c.created_at > f.last_digest_at and c.created_at <= :now
					          and c.author_resident_id is distinct from f.resident_id) as comments,
					       (select count(*) from participation_support s
					        where s.municipality_id = f.municipality_id and s.item_kind = f.item_kind and s.item_id = f.item_id
					          and s.supported_at > f.last_digest_at and s.supported_at <= :now) as supports,
					       exists (select 1 from participation_petition p
					               where p.municipality_id = f.municipality_id and p.item_kind = f.item_kind
					                 and p.item_id = f.item_id and p.qualified_at > f.last_digest_at
					                 and p.qualified_at <= :now) as qualified
					from participation_follow f
					where f.municipality_id = :municipalityId and f.resident_id = :residentId and f.frequency = :frequency
					  and f.last_digest_at <= :dueBefore
					order by f.followed_at, f.item_id
					for update of f skip locked""")
			.param("now", Timestamps.of(now))
			.param("municipalityId", follower.municipalityId())
			.param("residentId", follower.residentId())
			.param("frequency", frequency.name())
			.param("dueBefore", Timestamps.of(dueBefore))
			.query((rs, n) -> new Activity(ItemKind.valueOf(rs.getString("item_kind")), rs.getLong("item_id"),
					rs.getInt("comments"), rs.getInt("supports"), rs.getBoolean("qualified")))
			.list();
		if (activity.isEmpty()) {
			return false;
		}
		jdbc.sql("""
				update participation_follow set last_digest_at = ?
				where municipality_id = ? and resident_id = ? and frequency = ? and last_digest_at <= ?""")
			.params(Timestamps.of(now), follower.municipalityId(), follower.residentId(), frequency.name(),
					Timestamps.of(dueBefore))
			.update();
		Optional<ResidentProfile> profile = residents.profile(follower.residentId());
		Optional<Municipality> municipality = municipalities.findById(follower.municipalityId());
		if (profile.isEmpty() || municipality.isEmpty() || profile.get().email() == null) {
			return false;
		}
		Locale locale = Locale
			.forLanguageTag(profile.get().preferredLanguage() == null ? "sv" : profile.get().preferredLanguage());
		List<String> lines = new ArrayList<>();
		for (Activity item : activity) {
			if (item.comments() == 0 && item.supports() == 0 && !item.qualified()) {
				continue;
			}
			String slug = municipality.get().slug();
			String title = items.publicTitle(follower.municipalityId(), item.kind(), item.itemId());
			String path = items.publicPathOrNull(slug, follower.municipalityId(), item.kind(), item.itemId());
			if (title == null || path == null) {
				continue;
			}
			List<String> news = new ArrayList<>();
			if (item.comments() > 0) {
				news.add(
						messages.getMessage("participation.digest.comments", new Object[] { item.comments() }, locale));
			}
			if (item.supports() > 0) {
				news.add(
						messages.getMessage("participation.digest.supports", new Object[] { item.supports() }, locale));
			}
			if (item.qualified()) {
				news.add(messages.getMessage("participation.digest.qualified", null, locale));
			}
			lines.add(messages.getMessage("participation.digest.item",
					new Object[] { title, String.join(", ", news), baseUrl + path }, locale));
		}
		if (lines.isEmpty()) {
			return false;
		}
		String link = baseUrl + "/" + municipality.get().slug() + "/participation/unfollow/"
				+ follows.issueLink(follower.municipalityId(), follower.residentId(), now);
		String name = municipality.get().name();
		mailer.send(new Mail(follower.municipalityId(), profile.get().email(),
				messages.getMessage("participation.digest.subject", new Object[] { name }, locale),
				messages.getMessage("participation.digest.body",
						new Object[] { name, String.join("\n\n", lines), link }, locale),
				"digest:" + frequency.name() + ":" + follower.municipalityId() + ":" + follower.residentId() + ":"
						+ now.getEpochSecond())
			.withSecret(link));
		return true;
	}

	private record Follower(long municipalityId, long residentId) {
	}

	private record Activity(ItemKind kind, long itemId, int comments, int supports, boolean qualified) {
	}

}
