package se.medskapa.support;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One GreenMail SMTP server for the whole test JVM, on a free port, so that every mail
 * the application sends travels over real SMTP and can be read back.
 * <p>
 * Mail assertions are exact: the await methods wait until the expected number of mails
 * has arrived and then check that no further one follows for a short quiet period, so a
 * mail sent twice fails the test instead of satisfying it. Case mails are delivered
 * asynchronously after commit; a {@link Mark} taken before the action counts only the
 * mails that arrived after it, so an older mail to the same address never answers for a
 * new one.
 */
public final class TestMailServer {

	private static final Duration ARRIVAL = Duration.ofSeconds(10);

	/**
	 * How long the count must stay put once reached: a duplicate comes from the same
	 * after-commit delivery, well within this.
	 */
	private static final Duration QUIET = Duration.ofMillis(400);

	private static final GreenMail SERVER = start();

	/**
	 * A point in the stream of received mail; counts "since" it see only later mail. It
	 * holds how many mails each mailbox had, because GreenMail lists its received mail
	 * mailbox by mailbox, not in order of arrival: a single position in that list would
	 * count a later mail to an address that already had mail as "before the mark".
	 */
	public record Mark(Map<String, Integer> seen) {

		/** Before any mail: everything the address ever got. */
		public static final Mark START = new Mark(Map.of());

		private int seenIn(GreenMailUser mailbox) {
			return this.seen.getOrDefault(mailbox.getEmail(), 0);
		}

	}

	private TestMailServer() {
	}

	private static GreenMail start() {
		GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		greenMail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
		return greenMail;
	}

	public static int port() {
		return SERVER.getSmtp().getPort();
	}

	/** The current end of the received mail, for counting what arrives from now on. */
	public static Mark mark() {
		Map<String, Integer> seen = new HashMap<>();
		for (GreenMailUser mailbox : SERVER.getUserManager().listUser()) {
			seen.put(mailbox.getEmail(), inbox(mailbox).size());
		}
		return new Mark(Map.copyOf(seen));
	}

	/** Every mail to the address received so far, oldest first (no waiting). */
	public static List<MimeMessage> mailsTo(String address) {
		return mailsTo(address, Mark.START);
	}

	/** The mails to the address received after the mark, oldest first (no waiting). */
	public static List<MimeMessage> mailsTo(String address, Mark since) {
		List<MimeMessage> mails = new ArrayList<>();
		for (GreenMailUser mailbox : SERVER.getUserManager().listUser()) {
			if (mailbox.getEmail().equalsIgnoreCase(address)) {
				List<StoredMessage> arrived = inbox(mailbox);
				arrived.subList(Math.min(since.seenIn(mailbox), arrived.size()), arrived.size())
					.stream()
					.map(StoredMessage::getMimeMessage)
					.filter(mail -> isTo(mail, address))
					.forEach(mails::add);
			}
		}
		return mails;
	}

	/** The mailbox's mail in order of arrival (GreenMail numbers it by ascending UID). */
	private static List<StoredMessage> inbox(GreenMailUser mailbox) {
		try {
			List<StoredMessage> arrived = new ArrayList<>(
					SERVER.getManagers().getImapHostManager().getInbox(mailbox).getMessages());
			arrived.sort(Comparator.comparingLong(StoredMessage::getUid));
			return arrived;
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits for exactly {@code count} mails to the address after the mark (fails on fewer
	 * within the arrival time, and on more, also if one more arrives during the quiet
	 * period); returns them oldest first.
	 */
	public static List<MimeMessage> awaitMailsTo(String address, int count, Mark since) {
		await().atMost(ARRIVAL)
			.pollInterval(Duration.ofMillis(25))
			.untilAsserted(() -> assertThat(subjects(mailsTo(address, since)))
				.as("subjects of the mails to %s (waiting for %d)", address, count)
				.hasSizeGreaterThanOrEqualTo(count));
		await().during(QUIET)
			.atMost(QUIET.plus(ARRIVAL))
			.pollInterval(Duration.ofMillis(25))
			.untilAsserted(() -> assertThat(subjects(mailsTo(address, since)))
				.as("subjects of the mails to %s (exactly %d expected)", address, count)
				.hasSize(count));
		return mailsTo(address, since);
	}

	/** Waits for the one and only mail to the address after the mark. */
	public static MimeMessage awaitOneMailTo(String address, Mark since) {
		return awaitMailsTo(address, 1, since).get(0);
	}

	/**
	 * Waits for the one and only mail the address ever got (for addresses made fresh by
	 * the test).
	 */
	public static MimeMessage awaitOneMailTo(String address) {
		return awaitOneMailTo(address, Mark.START);
	}

	/**
	 * Waits for the one mail to the address after the mark that matches (other mails to
	 * the address are ignored; a second match fails, also during the quiet period).
	 */
	public static MimeMessage awaitMailTo(String address, Mark since, String description,
			Predicate<MimeMessage> which) {
		await().atMost(ARRIVAL)
			.pollInterval(Duration.ofMillis(25))
			.untilAsserted(() -> assertThat(matching(address, since, which))
				.as("mails to %s that are %s, among %s", address, description, subjects(mailsTo(address, since)))
				.isNotEmpty());
		await().during(QUIET)
			.atMost(QUIET.plus(ARRIVAL))
			.pollInterval(Duration.ofMillis(25))
			.untilAsserted(() -> assertThat(matching(address, since, which))
				.as("mails to %s that are %s (exactly one expected), among %s", address, description,
						subjects(mailsTo(address, since)))
				.hasSize(1));
		return matching(address, since, which).get(0);
	}

	/** Waits for the one mail to the address with exactly this subject. */
	public static MimeMessage awaitMailWithSubject(String address, Mark since, String subject) {
		return awaitMailTo(address, since, "subject '" + subject + "'", mail -> subject.equals(subjectOf(mail)));
	}

	/** Waits for the one mail to the address that carries a link to the path. */
	public static MimeMessage awaitMailWithLink(String address, Mark since, String path) {
		return awaitMailTo(address, since, "with a link to " + path,
				mail -> body(mail).matches("(?s).*https?://\\S+" + Pattern.quote(path) + ".*"));
	}

	/** The subjects of the mails, in order. */
	public static List<String> subjects(List<MimeMessage> mails) {
		return mails.stream().map(TestMailServer::subjectOf).toList();
	}

	public static String subjectOf(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The decoded text of a plain-text mail (quoted-printable and charset handled by
	 * Jakarta Mail).
	 */
	public static String body(MimeMessage mail) {
		try {
			Object content = mail.getContent();
			return content instanceof String text ? text : GreenMailUtil.getBody(mail);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The first link in the mail that starts with the given path, e.g.
	 * {@code /login/ott}.
	 */
	public static String linkIn(MimeMessage mail, String path) {
		Matcher matcher = Pattern.compile("https?://[^\\s]+" + Pattern.quote(path) + "[^\\s]*").matcher(body(mail));
		if (!matcher.find()) {
			throw new AssertionError("no link to " + path + " in: " + body(mail));
		}
		return matcher.group();
	}

	private static List<MimeMessage> matching(String address, Mark since, Predicate<MimeMessage> which) {
		return mailsTo(address, since).stream().filter(which).toList();
	}

	private static boolean isTo(MimeMessage mail, String address) {
		try {
			return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
				.anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
